package vn.edu.ecenter.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Registered for every test class (ServiceLoader): sets the test data folder before any Spring context starts. */
public class TestDatabaseExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestDatabase.init();
    }
}
