package vn.edu.ecenter.platform.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

class RecentAttributeValuesTests {

    final SerializingConverter serializer = new SerializingConverter();
    final AtomicInteger deserialized = new AtomicInteger();
    final Converter<byte[], Object> counting = bytes -> {
        deserialized.incrementAndGet();
        return new DeserializingConverter().convert(bytes);
    };
    final RecentAttributeValues values = new RecentAttributeValues(counting);

    @Test
    void theSameStoredSecurityContextIsDeserializedOnceAndHandedOutAsAFreshContextEachTime() {
        byte[] stored = serializer.convert(signedIn("gv.toan"));

        SecurityContext first = (SecurityContext) values.convert(stored);
        first.setAuthentication(null); // what sign-out does to the context of its request
        SecurityContext second = (SecurityContext) values.convert(stored.clone());

        assertThat(deserialized).hasValue(1);
        assertThat(second).isNotSameAs(first);
        assertThat(second.getAuthentication().getName()).isEqualTo("gv.toan");
    }

    @Test
    void differentBytesGiveTheirOwnValues() {
        Object teacher = values.convert(serializer.convert(signedIn("gv.toan")));
        Object director = values.convert(serializer.convert(signedIn("giamdoc")));

        assertThat(((SecurityContext) teacher).getAuthentication().getName()).isEqualTo("gv.toan");
        assertThat(((SecurityContext) director).getAuthentication().getName()).isEqualTo("giamdoc");
        assertThat(deserialized).hasValue(2);
    }

    @Test
    void csrfTokensAreSharedAndValuesThatARequestCouldChangeAreReadEveryTime() {
        byte[] token = serializer.convert(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "abc"));
        byte[] list = serializer.convert(new ArrayList<>(List.of("a")));

        Object firstToken = values.convert(token);
        Object secondToken = values.convert(token);
        Object firstList = values.convert(list);
        Object secondList = values.convert(list);

        assertThat(secondToken).isSameAs(firstToken);
        assertThat(secondList).isNotSameAs(firstList).isEqualTo(firstList);
        assertThat(deserialized).hasValue(3);
    }

    @Test
    void pastItsLimitItStartsAnewInsteadOfGrowing() {
        for (int i = 0; i <= RecentAttributeValues.LIMIT; i++) {
            values.convert(serializer.convert("value " + i));
        }

        assertThat(values.size()).isEqualTo(1);
    }

    private static SecurityContext signedIn(String username) {
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("ROLE_TEACHER")));
    }
}
