package vn.edu.ecenter.platform.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Wraps Spring Session's filter so that the sessions it reads are remembered for the rest of the request: it asks the
 * store again when it saves the session at the end, which would be a second read of the same row.
 */
class SessionReadOncePerRequest extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean started = ThrottledSessionRepository.requestStarted();
        try {
            chain.doFilter(request, response);
        } finally {
            if (started) {
                ThrottledSessionRepository.requestEnded();
            }
        }
    }
}
