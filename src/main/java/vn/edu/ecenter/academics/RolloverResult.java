package vn.edu.ecenter.academics;

/** What a rollover run changed: learners promoted, repeating, graduated; zero everywhere on a re-run. */
public record RolloverResult(int promoted, int repeating, int graduated) implements java.io.Serializable {

    public int changed() {
        return promoted + repeating + graduated;
    }
}
