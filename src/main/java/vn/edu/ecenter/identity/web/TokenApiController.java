package vn.edu.ecenter.identity.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.ecenter.identity.Identity;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.identity.SignedInUser;
import vn.edu.ecenter.platform.web.Messages;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Xác thực / Authentication")
class TokenApiController {

    private final Identity identity;
    private final Messages messages;

    TokenApiController(Identity identity, Messages messages) {
        this.identity = identity;
        this.messages = messages;
    }

    record TokenRequest(
            @NotBlank(message = "{login.username.required}") String username,
            @NotBlank(message = "{login.password.required}") String password) {}

    record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn) {}

    record Me(
            UUID id,
            String username,
            String fullName,
            Set<Role> roles,
            @Nullable UUID centreId) {}

    @Operation(summary = "Lấy mã truy cập (bearer token) bằng tên đăng nhập và mật khẩu")
    @PostMapping("/auth/token")
    TokenResponse token(@Valid @RequestBody TokenRequest request) {
        var token = identity.issueToken(request.username(), request.password());
        return new TokenResponse(token.accessToken(), token.tokenType(), token.expiresIn());
    }

    @Operation(summary = "Thông tin tài khoản đang đăng nhập")
    @GetMapping("/me")
    Me me(@AuthenticationPrincipal SignedInUser user) {
        return new Me(
                user.accountId(),
                user.username(),
                user.fullName(),
                user.roles(),
                user.centreId().orElse(null));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Map<String, Object>> signInFailed(AuthenticationException e) {
        String message = e instanceof LockedException
                ? messages.text("login.locked", e.getMessage())
                : messages.text("login.failed");
        return ResponseEntity.status(401).body(Map.of("status", 401, "error", "invalid_grant", "message", message));
    }
}
