package vn.edu.ecenter.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import vn.edu.ecenter.support.EcenterTest;

/** The merged message table answers as the module bundles did, in both languages. */
@EcenterTest
class MessagesTests {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Autowired
    MessageSource messages;

    @Test
    void textsOfDifferentModulesInVietnameseAndEnglish() {
        assertThat(messages.getMessage("layout.signOut", null, VIETNAMESE)).isEqualTo("Đăng xuất");
        assertThat(messages.getMessage("layout.signOut", null, Locale.ENGLISH)).isEqualTo("Sign out");
        assertThat(messages.getMessage("home.greeting", new Object[] {"Lan"}, VIETNAMESE))
                .isEqualTo("Xin chào Lan.");
        assertThat(messages.getMessage("home.greeting", new Object[] {"Lan"}, Locale.ENGLISH))
                .isEqualTo("Hello Lan.");
    }

    @Test
    void anUnknownKeyIsAnError() {
        assertThatThrownBy(() -> messages.getMessage("khong.co.khoa.nay", null, VIETNAMESE))
                .isInstanceOf(NoSuchMessageException.class);
    }
}
