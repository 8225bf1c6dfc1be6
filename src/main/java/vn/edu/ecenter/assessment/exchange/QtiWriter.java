package vn.edu.ecenter.assessment.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import vn.edu.ecenter.assessment.questions.Accepted;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.Criterion;
import vn.edu.ecenter.assessment.questions.Item;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.NumericAnswer;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Pair;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.QuestionImage;
import vn.edu.ecenter.assessment.questions.QuestionSpec;
import vn.edu.ecenter.assessment.questions.Statement;

/**
 * Writes questions as a QTI 2.1 content package: {@code imsmanifest.xml} listing one {@code assessmentItem} per
 * question ({@code items/cau-001.xml} …), each resource's metadata holding our name, topic, grade, level, difficulty and
 * tags as LOM keywords ({@link Tags}). The stem is a {@code div class="stem"}; each kind of question uses the standard
 * interaction (choice, textEntry, match, order, inlineChoice, extendedText) with its correct response and a mapping,
 * plus the conventions of {@link Qti} where the standard has no place for what we keep. A question's picture is a file
 * of the package ({@code items/hinh/cau-001.png}) that the item shows below its text, as our pages do.
 */
final class QtiWriter {

    /** The folder of the pictures, inside the items' folder. */
    private static final String PICTURES = "hinh/";

    private final List<String> losses = new ArrayList<>();
    private final Function<UUID, byte @Nullable []> pictures;
    private List<String> current = new ArrayList<>();
    private XmlOut xml = new XmlOut("assessmentItem", Qti.NAMESPACE);
    private @Nullable String pictureName;
    private byte @Nullable [] picture;

    private QtiWriter(Function<UUID, byte @Nullable []> pictures) {
        this.pictures = pictures;
    }

    static QuestionWriter.Export write(List<QuestionSpec> specs, Function<UUID, byte @Nullable []> pictures) {
        var writer = new QtiWriter(pictures);
        Map<String, byte[]> files = new LinkedHashMap<>();
        var manifest = new XmlOut("manifest", Qti.MANIFEST_NAMESPACE);
        manifest.root().setAttribute("identifier", "ecenter-cau-hoi");
        Element metadata = manifest.add(manifest.root(), "metadata");
        manifest.add(metadata, "schema", "QTIv2.1 Package");
        manifest.add(metadata, "schemaversion", "1.0.0");
        manifest.add(manifest.root(), "organizations");
        Element resources = manifest.add(manifest.root(), "resources");
        for (int i = 0; i < specs.size(); i++) {
            String identifier = "cau-%03d".formatted(i + 1);
            String href = "items/" + identifier + ".xml";
            files.put(href, writer.item(specs.get(i), identifier, i + 1));
            Element resource = manifest.add(resources, "resource");
            resource.setAttribute("identifier", identifier);
            resource.setAttribute("type", Qti.ITEM_TYPE);
            resource.setAttribute("href", href);
            keywords(manifest, manifest.add(resource, "metadata"), specs.get(i).metadata());
            manifest.add(resource, "file").setAttribute("href", href);
            if (writer.picture != null) {
                String pictureHref = "items/" + writer.pictureName;
                files.put(pictureHref, writer.picture);
                manifest.add(resource, "file").setAttribute("href", pictureHref);
            }
        }
        return new QuestionWriter.Export(zip(manifest.bytes(), files), writer.losses);
    }

    private static void keywords(XmlOut manifest, Element metadata, Metadata data) {
        Element lom = manifest.document.createElementNS(Qti.LOM_NAMESPACE, "lom");
        metadata.appendChild(lom);
        Element general = manifest.document.createElementNS(Qti.LOM_NAMESPACE, "general");
        lom.appendChild(general);
        for (String tag : Tags.of(data, true)) {
            Element keyword = manifest.document.createElementNS(Qti.LOM_NAMESPACE, "keyword");
            Element string = manifest.document.createElementNS(Qti.LOM_NAMESPACE, "string");
            string.setAttribute("language", "vi");
            string.setTextContent(tag);
            keyword.appendChild(string);
            general.appendChild(keyword);
        }
    }

    private static byte[] zip(byte[] manifest, Map<String, byte[]> files) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            zip.write(manifest);
            zip.closeEntry();
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private byte[] item(QuestionSpec spec, String identifier, int number) {
        current = new ArrayList<>();
        xml = new XmlOut("assessmentItem", Qti.NAMESPACE);
        Question question = spec.question();
        Element item = xml.root();
        item.setAttribute("identifier", identifier);
        item.setAttribute("title", spec.metadata().name());
        item.setAttribute("adaptive", "false");
        item.setAttribute("timeDependent", "false");
        Element body = xml.document.createElementNS(Qti.NAMESPACE, "itemBody");
        boolean withPicture = picture(question, identifier);
        if (!question.text().isBlank() || !(question.body() instanceof Body.Cloze)) {
            Element stem = xml.add(body, "div");
            stem.setAttribute("class", Qti.STEM_CLASS);
            if (!withPicture) {
                stem.setTextContent(question.text());
            } else {
                // Read back as HTML then (a stem of more than one element): its line breaks become <br/>.
                String[] lines = question.text().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        xml.add(stem, "br");
                    }
                    stem.appendChild(xml.document.createTextNode(lines[i]));
                }
            }
        }
        if (withPicture) {
            Element image = xml.add(xml.add(body, "p"), "img");
            image.setAttribute("src", pictureName);
            image.setAttribute("alt", Wording.text("assessment.exchange.picture.alt"));
        }
        Element processing = xml.document.createElementNS(Qti.NAMESPACE, "responseProcessing");
        switch (question.body()) {
            case Body.Choice choice -> {
                choiceDeclaration("RESPONSE", choice);
                Element interaction = xml.add(body, "choiceInteraction");
                interaction.setAttribute("responseIdentifier", "RESPONSE");
                interaction.setAttribute("shuffle", String.valueOf(choice.shuffle()));
                interaction.setAttribute("maxChoices", choice.multiple() ? "0" : "1");
                for (Option option : choice.options()) {
                    xml.add(interaction, "simpleChoice", option.text()).setAttribute("identifier", id(option.key()));
                }
                processing.setAttribute("template", Qti.MAP_RESPONSE);
            }
            case Body.Statements statements -> statements(body, statements, processing);
            case Body.ShortAnswer shortAnswer -> {
                shortDeclaration("RESPONSE", shortAnswer);
                textEntry(xml.add(body, "p"), "RESPONSE", 1);
                processing.setAttribute("template", Qti.MAP_RESPONSE);
            }
            case Body.Numeric numeric -> {
                numericDeclaration("RESPONSE", numeric);
                Element line = xml.add(body, "p");
                textEntry(line, "RESPONSE", 1);
                if (numeric.unit() != null) {
                    xml.add(line, "span", numeric.unit()).setAttribute("class", Qti.UNIT_CLASS);
                }
                numericProcessing(processing, "RESPONSE", numeric, false);
            }
            case Body.Matching matching -> matching(body, matching, processing);
            case Body.Ordering ordering -> ordering(body, ordering, processing);
            case Body.Cloze cloze -> cloze(body, cloze, processing);
            case Body.Essay essay -> essay(body, essay);
        }
        outcomes();
        item.appendChild(body);
        if (processing.hasAttributes() || processing.hasChildNodes()) {
            item.appendChild(processing);
        }
        if (question.feedback() != null) {
            Element feedback = xml.add(item, "modalFeedback", question.feedback());
            feedback.setAttribute("outcomeIdentifier", "FEEDBACK");
            feedback.setAttribute("identifier", "GENERAL");
            feedback.setAttribute("showHide", "show");
        }
        String name =
                spec.metadata().name().isBlank() ? identifier : spec.metadata().name();
        for (String loss : current) {
            losses.add(Wording.text("assessment.exchange.loss.item", number, name, loss));
        }
        return xml.bytes(false);
    }

    /**
     * Takes the question's picture, if it has one, to go into the package below its text; a loss when its file cannot
     * be had. Answers whether there is one.
     */
    private boolean picture(Question question, String identifier) {
        picture = question.image() == null ? null : pictures.apply(question.image());
        String type = picture == null ? null : QuestionImage.mediaType(picture);
        if (type == null) {
            if (question.image() != null) {
                current.add(Wording.text("assessment.exchange.loss.picture"));
            }
            picture = null;
            return false;
        }
        pictureName = PICTURES + identifier + "." + QuestionImage.extension(type);
        return true;
    }

    private String id(String key) {
        if (!Qti.representable(key)) {
            current.add(Wording.text("assessment.exchange.loss.keys", key));
        }
        return Qti.identifier(key);
    }

    private Element declaration(String identifier, String cardinality, String baseType) {
        Element declaration = xml.document.createElementNS(Qti.NAMESPACE, "responseDeclaration");
        declaration.setAttribute("identifier", identifier);
        declaration.setAttribute("cardinality", cardinality);
        declaration.setAttribute("baseType", baseType);
        Element body = SafeXml.child(xml.root(), "outcomeDeclaration");
        xml.root().insertBefore(declaration, body);
        return declaration;
    }

    private void outcomes() {
        Element score = xml.add(xml.root(), "outcomeDeclaration");
        score.setAttribute("identifier", "SCORE");
        score.setAttribute("cardinality", "single");
        score.setAttribute("baseType", "float");
        xml.add(xml.add(score, "defaultValue"), "value", "0");
        Element feedback = xml.add(xml.root(), "outcomeDeclaration");
        feedback.setAttribute("identifier", "FEEDBACK");
        feedback.setAttribute("cardinality", "single");
        feedback.setAttribute("baseType", "identifier");
    }

    private void choiceDeclaration(String identifier, Body.Choice choice) {
        Element declaration = declaration(identifier, choice.multiple() ? "multiple" : "single", "identifier");
        Element correct = xml.add(declaration, "correctResponse");
        choice.options().stream()
                .filter(o -> choice.multiple() ? o.right() : o.weight().compareTo(BigDecimal.ONE) == 0)
                .forEach(o -> xml.add(correct, "value", Qti.identifier(o.key())));
        Element mapping = xml.add(declaration, "mapping");
        mapping.setAttribute("defaultValue", "0");
        mapping.setAttribute("lowerBound", "0");
        for (Option option : choice.options()) {
            Element entry = xml.add(mapping, "mapEntry");
            entry.setAttribute("mapKey", Qti.identifier(option.key()));
            entry.setAttribute("mappedValue", Weights.plain(option.weight()));
        }
    }

    private void shortDeclaration(String identifier, Body.ShortAnswer shortAnswer) {
        Element declaration = declaration(identifier, "single", "string");
        Element correct = xml.add(declaration, "correctResponse");
        shortAnswer.accepted().stream()
                .filter(a -> a.weight().compareTo(BigDecimal.ONE) == 0)
                .limit(1)
                .forEach(a -> xml.add(correct, "value", a.text()));
        Element mapping = xml.add(declaration, "mapping");
        mapping.setAttribute("defaultValue", "0");
        for (Accepted accepted : shortAnswer.accepted()) {
            Element entry = xml.add(mapping, "mapEntry");
            entry.setAttribute("mapKey", accepted.text());
            entry.setAttribute("mappedValue", Weights.plain(accepted.weight()));
            entry.setAttribute("caseSensitive", String.valueOf(shortAnswer.caseSensitive()));
        }
    }

    private void numericDeclaration(String identifier, Body.Numeric numeric) {
        Element declaration = declaration(identifier, "single", "float");
        Element correct = xml.add(declaration, "correctResponse");
        numeric.accepted().stream()
                .filter(a -> a.weight().compareTo(BigDecimal.ONE) == 0)
                .limit(1)
                .forEach(a -> xml.add(correct, "value", Weights.plain(a.value())));
    }

    /** SCORE set (or, in a cloze, increased) by the first accepted number the response is within tolerance of. */
    private void numericProcessing(Element processing, String identifier, Body.Numeric numeric, boolean add) {
        Element condition = xml.add(processing, "responseCondition");
        boolean first = true;
        for (NumericAnswer accepted : numeric.accepted()) {
            Element branch = xml.add(condition, first ? "responseIf" : "responseElseIf");
            first = false;
            Element equal = xml.add(branch, "equal");
            equal.setAttribute("toleranceMode", "absolute");
            String tolerance = Weights.plain(accepted.tolerance());
            equal.setAttribute("tolerance", tolerance + " " + tolerance);
            xml.add(equal, "variable").setAttribute("identifier", identifier);
            xml.add(equal, "baseValue", Weights.plain(accepted.value())).setAttribute("baseType", "float");
            Element set = xml.add(branch, "setOutcomeValue");
            set.setAttribute("identifier", "SCORE");
            Element value = add ? xml.add(set, "sum") : set;
            if (add) {
                xml.add(value, "variable").setAttribute("identifier", "SCORE");
            }
            xml.add(value, "baseValue", Weights.plain(accepted.weight())).setAttribute("baseType", "float");
        }
    }

    private void textEntry(Element parent, String identifier, int weight) {
        Element entry = xml.add(parent, "textEntryInteraction");
        entry.setAttribute("responseIdentifier", identifier);
        entry.setAttribute("expectedLength", "20");
        weightClass(entry, weight);
    }

    private static void weightClass(Element interaction, int weight) {
        if (weight != 1) {
            interaction.setAttribute("class", Qti.WEIGHT_CLASS + weight);
        }
    }

    private void statements(Element body, Body.Statements statements, Element processing) {
        Element declaration = declaration("RESPONSE", "multiple", "directedPair");
        Element correct = xml.add(declaration, "correctResponse");
        Element mapping = xml.add(declaration, "mapping");
        mapping.setAttribute("defaultValue", "0");
        mapping.setAttribute("lowerBound", "0");
        Element interaction = xml.add(body, "matchInteraction");
        interaction.setAttribute("responseIdentifier", "RESPONSE");
        interaction.setAttribute("shuffle", "false");
        interaction.setAttribute(
                "maxAssociations", String.valueOf(statements.statements().size()));
        interaction.setAttribute("class", Qti.STATEMENTS_CLASS);
        Element left = xml.add(interaction, "simpleMatchSet");
        Element right = xml.add(interaction, "simpleMatchSet");
        BigDecimal share = statements.statements().isEmpty()
                ? BigDecimal.ZERO
                : BigDecimal.ONE.divide(
                        BigDecimal.valueOf(statements.statements().size()), 6, java.math.RoundingMode.HALF_UP);
        for (Statement statement : statements.statements()) {
            String key = id(statement.key());
            Element choice = xml.add(left, "simpleAssociableChoice", statement.text());
            choice.setAttribute("identifier", key);
            choice.setAttribute("matchMax", "1");
            String pair = key + " " + (statement.isTrue() ? Qti.TRUE : Qti.FALSE);
            xml.add(correct, "value", pair);
            Element entry = xml.add(mapping, "mapEntry");
            entry.setAttribute("mapKey", pair);
            entry.setAttribute("mappedValue", Weights.plain(share));
        }
        for (String[] answer : new String[][] {{Qti.TRUE, "Đúng"}, {Qti.FALSE, "Sai"}}) {
            Element choice = xml.add(right, "simpleAssociableChoice", answer[1]);
            choice.setAttribute("identifier", answer[0]);
            choice.setAttribute("matchMax", "0");
        }
        processing.setAttribute("template", Qti.MAP_RESPONSE);
        current.add(Wording.text("assessment.exchange.loss.statementsMarking"));
    }

    private void matching(Element body, Body.Matching matching, Element processing) {
        Element declaration = declaration("RESPONSE", "multiple", "directedPair");
        Element correct = xml.add(declaration, "correctResponse");
        Element mapping = xml.add(declaration, "mapping");
        mapping.setAttribute("defaultValue", "0");
        mapping.setAttribute("lowerBound", "0");
        Element interaction = xml.add(body, "matchInteraction");
        interaction.setAttribute("responseIdentifier", "RESPONSE");
        interaction.setAttribute("shuffle", "true");
        interaction.setAttribute(
                "maxAssociations", String.valueOf(matching.pairs().size()));
        Element left = xml.add(interaction, "simpleMatchSet");
        Element right = xml.add(interaction, "simpleMatchSet");
        List<String> answers = matching.answers();
        for (int i = 0; i < answers.size(); i++) {
            Element choice = xml.add(right, "simpleAssociableChoice", answers.get(i));
            choice.setAttribute("identifier", "R" + (i + 1));
            choice.setAttribute("matchMax", "0");
        }
        BigDecimal share = matching.pairs().isEmpty()
                ? BigDecimal.ZERO
                : BigDecimal.ONE.divide(BigDecimal.valueOf(matching.pairs().size()), 6, java.math.RoundingMode.HALF_UP);
        for (Pair pair : matching.pairs()) {
            String key = id(pair.key());
            Element choice = xml.add(left, "simpleAssociableChoice", pair.prompt());
            choice.setAttribute("identifier", key);
            choice.setAttribute("matchMax", "1");
            String value = key + " R" + (answers.indexOf(pair.answer()) + 1);
            xml.add(correct, "value", value);
            Element entry = xml.add(mapping, "mapEntry");
            entry.setAttribute("mapKey", value);
            entry.setAttribute("mappedValue", Weights.plain(share));
        }
        processing.setAttribute("template", Qti.MAP_RESPONSE);
    }

    private void ordering(Element body, Body.Ordering ordering, Element processing) {
        Element declaration = declaration("RESPONSE", "ordered", "identifier");
        Element correct = xml.add(declaration, "correctResponse");
        Element interaction = xml.add(body, "orderInteraction");
        interaction.setAttribute("responseIdentifier", "RESPONSE");
        interaction.setAttribute("shuffle", "true");
        if (ordering.partial()) {
            interaction.setAttribute("class", Qti.PARTIAL_CLASS);
            current.add(Wording.text("assessment.exchange.loss.orderingPartial"));
        }
        for (Item item : ordering.items()) {
            String key = id(item.key());
            xml.add(correct, "value", key);
            xml.add(interaction, "simpleChoice", item.text()).setAttribute("identifier", key);
        }
        processing.setAttribute("template", "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct");
    }

    private void cloze(Element body, Body.Cloze cloze, Element processing) {
        Element text = xml.add(body, "div");
        text.setAttribute("class", Qti.CLOZE_CLASS);
        Matcher matcher = Body.Cloze.GAP.matcher(cloze.text());
        int last = 0;
        Element score = xml.add(processing, "setOutcomeValue");
        score.setAttribute("identifier", "SCORE");
        Element sum = xml.add(score, "sum");
        xml.add(sum, "baseValue", "0").setAttribute("baseType", "float");
        boolean weighted = false;
        while (matcher.find()) {
            text.appendChild(xml.document.createTextNode(cloze.text().substring(last, matcher.start())));
            last = matcher.end();
            int index = Integer.parseInt(matcher.group(1)) - 1;
            if (index < 0 || index >= cloze.gaps().size()) {
                text.appendChild(xml.document.createTextNode(matcher.group()));
                continue;
            }
            Body.Gap gap = cloze.gaps().get(index);
            weighted |= gap.weight() != 1;
            String identifier = "RESPONSE_" + (index + 1);
            switch (gap.body()) {
                case Body.Choice choice -> {
                    choiceDeclaration(identifier, choice);
                    Element inline = xml.add(text, "inlineChoiceInteraction");
                    inline.setAttribute("responseIdentifier", identifier);
                    inline.setAttribute("shuffle", String.valueOf(choice.shuffle()));
                    weightClass(inline, gap.weight());
                    for (Option option : choice.options()) {
                        xml.add(inline, "inlineChoice", option.text()).setAttribute("identifier", id(option.key()));
                    }
                    xml.add(sum, "mapResponse").setAttribute("identifier", identifier);
                }
                case Body.ShortAnswer shortAnswer -> {
                    shortDeclaration(identifier, shortAnswer);
                    textEntry(text, identifier, gap.weight());
                    xml.add(sum, "mapResponse").setAttribute("identifier", identifier);
                }
                case Body.Numeric numeric -> {
                    numericDeclaration(identifier, numeric);
                    textEntry(text, identifier, gap.weight());
                    if (numeric.unit() != null) {
                        current.add(Wording.text("assessment.exchange.loss.gapUnit", numeric.unit()));
                    }
                }
                default -> throw new IllegalArgumentException("A gap is never " + gap.body());
            }
        }
        text.appendChild(xml.document.createTextNode(cloze.text().substring(last)));
        for (int i = 0; i < cloze.gaps().size(); i++) {
            if (cloze.gaps().get(i).body() instanceof Body.Numeric numeric) {
                numericProcessing(processing, "RESPONSE_" + (i + 1), numeric, true);
            }
        }
        if (weighted) {
            current.add(Wording.text("assessment.exchange.loss.gapWeights"));
        }
    }

    private void essay(Element body, Body.Essay essay) {
        declaration("RESPONSE", "single", "string");
        if (!essay.rubric().isEmpty()) {
            Element rubric = xml.add(body, "rubricBlock");
            rubric.setAttribute("view", "scorer");
            for (Criterion criterion : essay.rubric()) {
                xml.add(rubric, "p", criterion.description() + " — " + Weights.plain(criterion.points()) + " điểm");
            }
        }
        Element interaction = xml.add(body, "extendedTextInteraction");
        interaction.setAttribute("responseIdentifier", "RESPONSE");
    }
}
