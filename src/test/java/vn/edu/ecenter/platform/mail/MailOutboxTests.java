package vn.edu.ecenter.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.edu.ecenter.identity.Identity;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/**
 * The e-mail outbox: an e-mail is stored with the change that causes it, waits while the SMTP server is down, and is
 * delivered exactly once when the server is back. The SMTP server is GreenMail on the configured host and port.
 */
@EcenterTest
@DisplayName("Hộp thư đi: không mất, không trùng thư")
class MailOutboxTests {

    @LocalServerPort
    int port;

    @Value("${spring.mail.host}")
    String smtpHost;

    @Value("${spring.mail.port}")
    int smtpPort;

    @Autowired
    Identity identity;

    @Autowired
    Tenancy tenancy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TestAccounts accounts;

    GreenMail smtp;

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @DisplayName("Thư báo đặt lại mật khẩu chờ khi máy chủ thư ngừng, rồi được gửi đúng một lần")
    void keepsMailWhileSmtpIsDownAndDeliversItOnceWhenBack() throws Exception {
        assertThat(smtpIsListening())
                .as("nothing may listen on %s:%d before the test starts the SMTP server", smtpHost, smtpPort)
                .isFalse();
        String recipient = "hv." + UUID.randomUUID().toString().substring(0, 8) + "@lequydon.demo";
        String username = accounts.open(Role.LEARNER, recipient, false);
        Browser director = Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD);

        Page reset = director.post(
                "/admin/accounts/" + accounts.idOf(username) + "/reset-password", "reason", "Học viên quên mật khẩu");
        Page issued = director.get(reset.location());
        String temporary = issued.document().selectFirst(".issued-password").text();

        assertThat(rowsTo(recipient)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(15)).until(() -> attemptsTo(recipient) >= 1);
        assertThat(statusTo(recipient)).isEqualTo("PENDING");
        assertThat(lastErrorTo(recipient)).isNotBlank();

        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> "SENT".equals(statusTo(recipient)));
        assertThat(delivered(recipient)).hasSize(1);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(3))
                .until(() -> delivered(recipient).size() == 1);
        assertThat(rowsTo(recipient)).isEqualTo(1);

        MimeMessage mail = delivered(recipient).getFirst();
        assertThat(mail.getSubject()).isEqualTo("eCenter: mật khẩu của bạn đã được đặt lại");
        String body = (String) mail.getContent();
        assertThat(body)
                .contains("Kính gửi Nguyễn Văn Thử " + username)
                .contains("Mật khẩu của tài khoản " + username + " vừa được quản trị viên đặt lại.")
                .doesNotContain(temporary);
    }

    @Test
    @DisplayName("Giao dịch bị hủy thì không có thư nào được xếp hàng")
    void rolledBackTransactionEnqueuesNothing() {
        String recipient = "huy." + UUID.randomUUID().toString().substring(0, 8) + "@lequydon.demo";
        OutgoingMail mail = OutgoingMail.of(
                recipient,
                "mail.passwordReset.subject",
                "mail/password-reset",
                Map.of("fullName", "Lê Văn Hủy", "username", "le.van.huy"));

        assertThatThrownBy(() -> tenancy.asSystem((Runnable) () -> {
                    outbox.enqueue(mail);
                    throw new IllegalStateException("the change that caused the e-mail failed");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(rowsTo(recipient)).isZero();

        tenancy.asSystem(() -> {
            outbox.enqueue(mail);
        });
        assertThat(rowsTo(recipient))
                .as("the same e-mail in a committed transaction")
                .isEqualTo(1);
    }

    private boolean smtpIsListening() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(smtpHost, smtpPort), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private List<MimeMessage> delivered(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients())
                                .anyMatch(address -> address.toString().equals(recipient));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private int rowsTo(String recipient) {
        return accounts.count("SELECT count(*) FROM platform.mail_outbox WHERE recipient = ?", recipient);
    }

    private int attemptsTo(String recipient) {
        return accounts.count("SELECT attempts FROM platform.mail_outbox WHERE recipient = ?", recipient);
    }

    private String statusTo(String recipient) {
        return column("status", recipient);
    }

    private String lastErrorTo(String recipient) {
        return column("last_error", recipient);
    }

    private String column(String name, String recipient) {
        return tenancy.asSystem(() -> jdbc.sql("SELECT " + name + " FROM platform.mail_outbox WHERE recipient = ?")
                .param(recipient)
                .query(String.class)
                .single());
    }
}
