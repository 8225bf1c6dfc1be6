package vn.edu.ecenter.platform.session;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * What one request costs the session store, with Spring Session's own filter in front of the repository as in the
 * application: reads, writes, and that nothing is remembered from one request to the next.
 */
@DisplayName("Đọc và ghi phiên trong một yêu cầu")
class ThrottledSessionRepositoryTests {

    private static final Duration TOUCH = Duration.ofSeconds(60);

    private final CountingStore store = new CountingStore();
    private final ThrottledSessionRepository sessions = new ThrottledSessionRepository(store, TOUCH);

    @Test
    @DisplayName("Một lần xem trang đọc phiên một lần và không ghi gì")
    void aPageViewReadsOnceAndWritesNothing() throws Exception {
        String id = stored(Duration.ofSeconds(10));

        request(id, request -> assertThat(request.getSession(false)).isNotNull());

        assertThat(store.reads).isEqualTo(1);
        assertThat(store.saves).isZero();
    }

    @Test
    @DisplayName("Lần truy cập cũ hơn ngưỡng được ghi lại một lần")
    void writesTheLastAccessOnceItIsOlderThanTheTouchInterval() throws Exception {
        String id = stored(Duration.ofMinutes(2));
        Instant before = Instant.now();

        request(id, request -> request.getSession(false));

        assertThat(store.saves).isEqualTo(1);
        assertThat(store.sessions.get(id).getLastAccessedTime()).isAfterOrEqualTo(before.minusMillis(1));
    }

    @Test
    @DisplayName("Phiên có thời gian chờ ngắn vẫn được gia hạn khi dùng (ngưỡng tối đa một phần mười thời gian chờ)")
    void aShortTimeoutIsStillExtendedByUse() throws Exception {
        String id = stored(Duration.ofSeconds(1), Duration.ofSeconds(5));

        request(id, request -> request.getSession(false));

        assertThat(store.saves).isEqualTo(1);
    }

    @Test
    @DisplayName("Thay đổi thuộc tính của phiên vẫn được lưu")
    void savesChangedAttributes() throws Exception {
        String id = stored(Duration.ofSeconds(10));

        request(id, request -> request.getSession(false).setAttribute("ghi-chu", "đã đổi"));

        assertThat(store.saves).isEqualTo(1);
        assertThat(store.sessions.get(id).<String>getAttribute("ghi-chu")).isEqualTo("đã đổi");
    }

    @Test
    @DisplayName("Phiên bị huỷ trong yêu cầu thì biến mất khỏi kho, không đọc lại từ bộ nhớ")
    void anInvalidatedSessionIsGoneAtOnce() throws Exception {
        String id = stored(Duration.ofSeconds(10));

        request(id, request -> {
            request.getSession(false).invalidate();
            assertThat(request.getSession(false)).isNull();
        });

        assertThat(store.sessions).doesNotContainKey(id);
        assertThat(sessions.findById(id)).isNull();
    }

    @Test
    @DisplayName("Mỗi yêu cầu đọc lại phiên từ kho: phiên kết thúc ở nút khác không còn dùng được")
    void nothingIsRememberedBetweenRequests() throws Exception {
        String id = stored(Duration.ofSeconds(10));
        request(id, request -> assertThat(request.getSession(false)).isNotNull());

        store.deleteById(id);

        request(id, request -> assertThat(request.getSession(false)).isNull());
        assertThat(store.reads).isEqualTo(2);
    }

    @Test
    @DisplayName("Phiên mới được lưu")
    void savesANewSession() throws Exception {
        request(null, request -> request.getSession(true).setAttribute("x", 1));

        assertThat(store.sessions).hasSize(1);
    }

    /** A session last used {@code ago} ago, saved in the store; returns its id. */
    private String stored(Duration ago) {
        return stored(ago, Duration.ofMinutes(60));
    }

    private String stored(Duration ago, Duration timeout) {
        MapSession session = new MapSession();
        session.setLastAccessedTime(Instant.now().minus(ago));
        session.setMaxInactiveInterval(timeout);
        store.sessions.put(session.getId(), new MapSession(session));
        return session.getId();
    }

    interface Page {
        void view(HttpServletRequest request) throws Exception;
    }

    /** One request through the same filters as in the application, the page writing a response that gets committed. */
    private void request(String sessionId, Page page) throws Exception {
        var request = new MockHttpServletRequest("GET", "/");
        if (sessionId != null) {
            request.setCookies(new Cookie(
                    "SESSION", Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8))));
        }
        var response = new MockHttpServletResponse();
        jakarta.servlet.Servlet servlet = new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(
                    jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res)
                    throws java.io.IOException {
                try {
                    page.view(req);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                res.getWriter().write("<html></html>");
                res.flushBuffer();
            }
        };
        FilterChain chain =
                new MockFilterChain(servlet, new SessionReadOncePerRequest(), new SessionRepositoryFilter<>(sessions));
        chain.doFilter(request, response);
    }

    /** The shared store, counting what it is asked; like the JDBC store it hands out copies. */
    static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {

        final Map<String, org.springframework.session.Session> sessions = new HashMap<>();
        private final MapSessionRepository delegate = new MapSessionRepository(sessions);
        int reads;
        int saves;

        @Override
        public MapSession createSession() {
            return delegate.createSession();
        }

        @Override
        public void save(MapSession session) {
            saves++;
            delegate.save(session);
        }

        @Override
        public MapSession findById(String id) {
            reads++;
            return delegate.findById(id);
        }

        @Override
        public void deleteById(String id) {
            delegate.deleteById(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }
}
