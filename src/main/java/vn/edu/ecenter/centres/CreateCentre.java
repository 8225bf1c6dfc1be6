package vn.edu.ecenter.centres;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Creates a centre. The code is short, upper case and unique in the deployment (e.g. "LQD"). */
public record CreateCentre(
        @NotBlank(message = "{centres.code.required}")
        @Pattern(regexp = "[A-Z0-9_-]{2,20}", message = "{centres.code.format}")
        String code,

        @NotBlank(message = "{centres.name.required}") @Size(max = 200, message = "{centres.name.size}")
        String name,

        @Nullable @Size(max = 300, message = "{centres.address.size}")
        String address,

        @Nullable @Pattern(regexp = "[0-9 +().-]{0,20}", message = "{centres.phone.format}")
        String phone,

        @Nullable @Email(message = "{centres.email.format}") String email) {}
