package vn.edu.ecenter.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edu.ecenter.platform.backup.Catalog.ForeignKey;
import vn.edu.ecenter.platform.backup.Catalog.LoadOrder;
import vn.edu.ecenter.platform.backup.Catalog.Table;

class CatalogTests {

    static final Table CENTRE = new Table("centres", "centre");
    static final Table YEAR = new Table("centres", "school_year");
    static final Table SEMESTER = new Table("centres", "semester");
    static final Table ACCOUNT = new Table("identity", "account");
    static final Table TOKEN = new Table("identity", "api_token");

    @Test
    void loadsEveryTableAfterTheTablesItReferences() {
        Table child = new Table("a", "child");
        Table parent = new Table("z", "parent");

        LoadOrder order = Catalog.loadOrder(
                Set.of(TOKEN, SEMESTER, ACCOUNT, YEAR, CENTRE, child, parent),
                List.of(key(SEMESTER, YEAR), key(YEAR, CENTRE), key(TOKEN, ACCOUNT), key(child, parent)));

        assertThat(order.tables()).containsExactly(CENTRE, YEAR, SEMESTER, ACCOUNT, TOKEN, parent, child);
        assertThat(order.deferred()).isEmpty();
    }

    @Test
    void defersSelfReferencesAndOneKeyOfEachCycle() {
        Table person = new Table("lab", "person");
        Table team = new Table("lab", "team");
        ForeignKey mentor = key(person, person);
        ForeignKey captain = key(team, person);
        ForeignKey member = key(person, team);

        LoadOrder order = Catalog.loadOrder(Set.of(team, person), List.of(mentor, captain, member));

        assertThat(order.tables()).containsExactly(person, team);
        assertThat(order.deferred()).containsExactlyInAnyOrder(mentor, member);
    }

    @Test
    void ignoresKeysToTablesOutsideTheBackup() {
        LoadOrder order = Catalog.loadOrder(Set.of(TOKEN), List.of(key(TOKEN, ACCOUNT)));

        assertThat(order.tables()).containsExactly(TOKEN);
        assertThat(order.deferred()).isEmpty();
    }

    private static ForeignKey key(Table child, Table parent) {
        return new ForeignKey(
                child, parent, child.name() + "_" + parent.name() + "_fk", "FOREIGN KEY (x) REFERENCES y");
    }
}
