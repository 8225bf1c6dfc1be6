package vn.edu.ecenter.assessment.exchange;

import java.util.Set;

/**
 * What QTI 2.1's reader and writer agree on beyond the specification. QTI has no four-statement question: it is written
 * as a {@code matchInteraction} of the statements against the two answers {@value #TRUE} "Đúng" and {@value #FALSE}
 * "Sai", marked with the class {@value #STATEMENTS_CLASS}; every QTI player shows and marks it (a quarter of the points
 * per statement), and our reader reads it back as a four-statement question. Keys that are not QTI identifiers (pairs
 * and items numbered 1, 2, 3 …) are written with the prefix {@value #KEY_PREFIX}, taken off when read.
 */
final class Qti {

    static final String NAMESPACE = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String MANIFEST_NAMESPACE = "http://www.imsglobal.org/xsd/imscp_v1p1";
    static final String LOM_NAMESPACE = "http://ltsc.ieee.org/xsd/LOM";
    static final String ITEM_TYPE = "imsqti_item_xmlv2p1";
    static final String MAP_RESPONSE = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response";

    static final String STATEMENTS_CLASS = "ecenter-statements";
    static final String CLOZE_CLASS = "ecenter-cloze";
    static final String STEM_CLASS = "stem";
    static final String PARTIAL_CLASS = "ecenter-partial";
    static final String UNIT_CLASS = "ecenter-unit";
    static final String WEIGHT_CLASS = "ecenter-weight-";
    static final String TRUE = "DUNG";
    static final String FALSE = "SAI";
    static final String KEY_PREFIX = "k_";

    static final Set<String> INLINE = Set.of("inlineChoiceInteraction", "textEntryInteraction");

    private Qti() {}

    static String identifier(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_.-]*") && !key.startsWith(KEY_PREFIX) ? key : KEY_PREFIX + key;
    }

    static boolean representable(String key) {
        return identifier(key).matches("[A-Za-z_][A-Za-z0-9_.-]*");
    }

    static String key(String identifier) {
        return identifier.startsWith(KEY_PREFIX) ? identifier.substring(KEY_PREFIX.length()) : identifier;
    }
}
