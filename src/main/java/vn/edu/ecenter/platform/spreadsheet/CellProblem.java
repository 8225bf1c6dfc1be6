package vn.edu.ecenter.platform.spreadsheet;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Why a row (or one of its cells) cannot be taken, or a notice about how a cell was read: the row number as Excel
 * shows it, the column's header as the sheet shows it (empty for the whole row), and a message key with its
 * arguments, so that the reason reads in the language of whoever looks at it.
 */
public record CellProblem(int row, String column, String key, List<Object> args) {

    public CellProblem {
        args = List.copyOf(args);
    }

    public static CellProblem of(int row, String column, String key, Object... args) {
        return new CellProblem(row, column, key, List.of(args));
    }

    public MessageSourceResolvable resolvable() {
        return new DefaultMessageSourceResolvable(new String[] {key}, args.toArray(), key);
    }
}
