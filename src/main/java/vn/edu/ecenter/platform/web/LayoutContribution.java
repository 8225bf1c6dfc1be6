package vn.edu.ecenter.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Something a module puts into the model of every rendered page for the layout (the navigation, the signed-in user).
 * Declare one as a bean; the platform runs it after each handler that renders a view, and not for redirects, JSON or
 * files.
 *
 * <p>Layout data used to come from {@code @ModelAttribute} methods of controller advice; Spring MVC builds a handler
 * method (with annotation look-ups) for each of them on every request, about 7 % of a signed-in page view's time.
 */
public abstract class LayoutContribution implements HandlerInterceptor {

    @Override
    public final void postHandle(
            HttpServletRequest request,
            HttpServletResponse response,
            Object handler,
            @Nullable ModelAndView modelAndView) {
        if (modelAndView == null || !modelAndView.hasView() || redirect(modelAndView)) {
            return;
        }
        contribute(request, modelAndView);
    }

    /** Adds this module's layout data to the model of a page about to be rendered. */
    protected abstract void contribute(HttpServletRequest request, ModelAndView page);

    private static boolean redirect(ModelAndView modelAndView) {
        String name = modelAndView.getViewName();
        return name != null
                ? name.startsWith("redirect:") || name.startsWith("forward:")
                : modelAndView.getView() instanceof RedirectView;
    }
}
