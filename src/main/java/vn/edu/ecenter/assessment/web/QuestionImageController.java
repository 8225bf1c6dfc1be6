package vn.edu.ecenter.assessment.web;

import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.edu.ecenter.assessment.QuestionImages;

/**
 * A question's picture, to whoever may see a question showing it ({@link QuestionImages#picture}). A picture never
 * changes (a new one gets a new id), so the browser may keep it; only privately, since it is not public.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class QuestionImageController {

    private final QuestionImages images;

    QuestionImageController(QuestionImages images) {
        this.images = images;
    }

    @GetMapping("/assessment/images/{id}")
    ResponseEntity<byte[]> image(@PathVariable UUID id) {
        QuestionImages.Picture picture = images.picture(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(picture.mediaType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline")
                .body(picture.content());
    }
}
