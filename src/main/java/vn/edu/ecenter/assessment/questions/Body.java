package vn.edu.ecenter.assessment.questions;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a question asks beyond its text: its options, statements, accepted answers, pairs, items, gaps or rubric. Texts
 * may hold LaTeX between {@code \( \)} or {@code $ $}, rendered in the browser.
 */
public sealed interface Body {

    QuestionType type();

    /**
     * Options of which the learner chooses one ({@code multiple} false) or any number.
     *
     * @param shuffle whether the options may be shuffled (false when one says "all of the above")
     */
    record Choice(boolean multiple, List<Option> options, boolean shuffle) implements Body {
        public Choice {
            options = List.copyOf(options);
        }

        public static Choice single(List<Option> options) {
            return new Choice(false, options, true);
        }

        /**
         * A multiple-response question with the usual weights: each right option 1/k of the points (k right
         * options), each wrong one −1/k, so that choosing everything earns nothing.
         */
        public static Choice multiple(List<String> keys, List<String> texts, List<Boolean> right) {
            long k = right.stream().filter(r -> r).count();
            BigDecimal share = k == 0 ? BigDecimal.ZERO : Marking.divide(BigDecimal.ONE, BigDecimal.valueOf(k));
            List<Option> options = new java.util.ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                options.add(new Option(keys.get(i), texts.get(i), right.get(i) ? share : share.negate()));
            }
            return new Choice(true, options, true);
        }

        @Override
        public QuestionType type() {
            return multiple ? QuestionType.MULTIPLE_RESPONSE : QuestionType.SINGLE_CHOICE;
        }

        public @Nullable Option option(String key) {
            return options.stream().filter(o -> o.key().equals(key)).findFirst().orElse(null);
        }
    }

    /** Four statements, each true or false; marked by the number the learner judged right (national exam Part II). */
    record Statements(List<Statement> statements) implements Body {
        public Statements {
            statements = List.copyOf(statements);
        }

        @Override
        public QuestionType type() {
            return QuestionType.TRUE_FALSE_STATEMENTS;
        }
    }

    /** A typed word or phrase, compared without regard to surrounding or repeated spaces (and case, unless asked). */
    record ShortAnswer(List<Accepted> accepted, boolean caseSensitive) implements Body {
        public ShortAnswer {
            accepted = List.copyOf(accepted);
        }

        @Override
        public QuestionType type() {
            return QuestionType.SHORT_ANSWER;
        }
    }

    /** A typed number ("-1,5" or "-1.5"), right when within an accepted answer's tolerance. */
    record Numeric(List<NumericAnswer> accepted, @Nullable String unit) implements Body {
        public Numeric {
            accepted = List.copyOf(accepted);
        }

        @Override
        public QuestionType type() {
            return QuestionType.NUMERIC;
        }
    }

    /**
     * Prompts to match with answers; {@code distractors} are answers that belong to no prompt. Each right pair earns
     * its share of the points.
     */
    record Matching(List<Pair> pairs, List<String> distractors) implements Body {
        public Matching {
            pairs = List.copyOf(pairs);
            distractors = List.copyOf(distractors);
        }

        @Override
        public QuestionType type() {
            return QuestionType.MATCHING;
        }

        /** The answers to choose from, each once, in the order written (the test shuffles them). */
        public List<String> answers() {
            return java.util.stream.Stream.concat(pairs.stream().map(Pair::answer), distractors.stream())
                    .distinct()
                    .toList();
        }
    }

    /**
     * Items in their right order. With {@code partial}, each item in its right place earns its share of the points;
     * without, only the whole order earns them.
     */
    record Ordering(List<Item> items, boolean partial) implements Body {
        public Ordering {
            items = List.copyOf(items);
        }

        @Override
        public QuestionType type() {
            return QuestionType.ORDERING;
        }
    }

    /**
     * A text with gaps written {@code [[1]]}, {@code [[2]]} …, each gap a single choice, a short answer or a number
     * with a weight; the question's points are shared among the gaps by weight.
     */
    record Cloze(String text, List<Gap> gaps) implements Body {
        public static final Pattern GAP = Pattern.compile("\\[\\[(\\d+)]]");

        public Cloze {
            gaps = List.copyOf(gaps);
        }

        @Override
        public QuestionType type() {
            return QuestionType.CLOZE;
        }

        /** The gap numbers in the order the text holds them. */
        public List<Integer> markers() {
            Matcher matcher = GAP.matcher(text);
            List<Integer> found = new java.util.ArrayList<>();
            while (matcher.find()) {
                found.add(Integer.parseInt(matcher.group(1)));
            }
            return found;
        }
    }

    /** A gap of a cloze text: a single {@link Choice}, a {@link ShortAnswer} or a {@link Numeric}, and its weight. */
    record Gap(Body body, int weight) {
        public Gap {
            boolean allowed = (body instanceof Choice choice && !choice.multiple())
                    || body instanceof ShortAnswer
                    || body instanceof Numeric;
            if (!allowed) {
                throw new IllegalArgumentException("A gap is a single choice, a short answer or a number, not " + body);
            }
            if (weight < 1) {
                throw new IllegalArgumentException("A gap's weight is at least 1, not " + weight);
            }
        }
    }

    /** A written answer, marked by a teacher against the rubric; the rubric's points add up to the question's. */
    record Essay(List<Criterion> rubric) implements Body {
        public Essay {
            rubric = List.copyOf(rubric);
        }

        @Override
        public QuestionType type() {
            return QuestionType.ESSAY;
        }
    }
}
