package vn.edu.ecenter.platform.backup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * How to reach a database as the role that owns eCenter's tables (row-level security does not apply to the owner, so
 * a backup sees every centre's rows).
 *
 * @param url a {@code jdbc:postgresql://} URL
 */
public record DatabaseLogin(String url, String username, String password) {

    Connection open(String purpose) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", username);
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "ecenter-" + purpose);
        return DriverManager.getConnection(url, properties);
    }

    @Override
    public String toString() {
        return username + " @ " + url;
    }
}
