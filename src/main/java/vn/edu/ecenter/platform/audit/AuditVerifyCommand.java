package vn.edu.ecenter.platform.audit;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.platform.commands.CommandLineTask;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.platform.tenancy.TenantScope;

/**
 * {@code java -jar ecenter.jar audit-verify [--lang=en]}: verifies every audit chain of the deployment, prints one line
 * per chain (with its head hash when intact, one line per problem otherwise), and exits with 0 if all are intact, 1
 * otherwise, so that a cron job or monitoring check can alert on it.
 */
@Component
class AuditVerifyCommand implements CommandLineTask {

    private final AuditTrail audit;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Tenancy tenancy;

    AuditVerifyCommand(AuditTrail audit, MessageSource messages, JdbcClient jdbc, Tenancy tenancy) {
        this.audit = audit;
        this.messages = messages;
        this.jdbc = jdbc;
        this.tenancy = tenancy;
    }

    @Override
    public String name() {
        return "audit-verify";
    }

    @Override
    public int run(List<String> args) {
        Locale locale = args.contains("--lang=en") ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        // UTF-8 whatever the platform encoding; not closed, since it writes through to standard output.
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        return report(audit.verifyAll(), heads(), out, locale);
    }

    /**
     * The last hash of every chain. Printed so that it can be kept outside the database (e-mailed, printed, filed):
     * a later chain must still contain an entry with that hash, which whoever rewrites the database cannot fake.
     */
    Map<UUID, String> heads() {
        return tenancy.asSystem(() -> jdbc
                .sql("SELECT centre_id, last_hash FROM platform.audit_chain")
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    int report(List<ChainVerification> chains, Map<UUID, String> heads, PrintStream out, Locale locale) {
        if (chains.isEmpty()) {
            out.println(text("audit.cli.none", locale));
            return 0;
        }
        long broken = 0;
        for (ChainVerification chain : chains) {
            String name = TenantScope.SYSTEM_CENTRE.equals(chain.centreId())
                    ? text("audit.cli.system", locale) + " (" + chain.centreId() + ")"
                    : chain.centreId().toString();
            if (chain.intact()) {
                String head = heads.getOrDefault(chain.centreId(), "-");
                out.println(text("audit.cli.intact", locale, name, chain.entries(), head));
                continue;
            }
            broken++;
            out.println(text("audit.cli.broken", locale, name, chain.entries()));
            for (ChainVerification.Problem problem : chain.problems()) {
                String what = text("audit.problem." + problem.kind().name(), locale, problem.seq());
                out.println("  " + text("audit.cli.problem", locale, problem.seq(), what));
            }
        }
        out.println(
                broken == 0
                        ? text("audit.cli.summaryIntact", locale, chains.size())
                        : text("audit.cli.summaryBroken", locale, broken, chains.size()));
        return broken == 0 ? 0 : 1;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
