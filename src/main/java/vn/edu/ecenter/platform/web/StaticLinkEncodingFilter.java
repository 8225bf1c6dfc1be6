package vn.edu.ecenter.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Rewrites links to static files into their content-hashed form (so that browsers may keep them a year), like Spring's
 * {@link ResourceUrlEncodingFilter} which it replaces, but looks only at links under the static paths
 * ({@code /assets/}, {@code /webjars/}). Spring's filter matched every link of a page against the resource patterns —
 * navigation, forms, table rows — about 3 % of a page view, to change five of them.
 */
final class StaticLinkEncodingFilter extends ResourceUrlEncodingFilter {

    static final String[] STATIC_PREFIXES = {"/assets/", "/webjars/"};

    /** Static files do not change while the application runs, so neither do their resolved links (a few dozen). */
    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse page)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new StaticLinks(http, page));
    }

    private final class StaticLinks extends HttpServletResponseWrapper {
        private final HttpServletRequest request;

        StaticLinks(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public String encodeURL(String url) {
            if (!isStatic(url)) {
                return super.encodeURL(url);
            }
            String known = resolved.get(url);
            if (known == null
                    && request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR)
                            instanceof ResourceUrlProvider provider) {
                known = provider.getForRequestUrl(request, url);
                if (known != null && resolved.size() < 1_000) {
                    resolved.put(url, known);
                }
            }
            return super.encodeURL(known == null ? url : known);
        }

        private boolean isStatic(String url) {
            String context = request.getContextPath();
            if (!url.startsWith(context)) {
                return false;
            }
            for (String prefix : STATIC_PREFIXES) {
                if (url.startsWith(prefix, context.length())) {
                    return true;
                }
            }
            return false;
        }
    }
}
