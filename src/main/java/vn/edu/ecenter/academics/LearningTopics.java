package vn.edu.ecenter.academics;

import java.util.List;
import java.util.UUID;

/**
 * The learning topics (chuyên đề học tập) of the signed-in user's centre and the topics each class takes. The director
 * and clerks define topics and set a class's topics (the system administrator too, when acting in a centre); staff read
 * them. Lists are in programme order: by the subject's position, then the topic's code.
 */
public interface LearningTopics {

    /** The centre's learning topics. */
    List<LearningTopicView> learningTopics();

    /**
     * Defines a learning topic of a subject; rejects a code already used, an empty name and a subject that is not a
     * subject of the programme (an unknown code or the generic topic subject).
     */
    LearningTopicView defineLearningTopic(String code, String name, String subjectCode);

    /** The topics a class takes. */
    List<LearningTopicView> classTopics(UUID classId);

    /**
     * Replaces the topics a class takes with the topics of these codes (an empty list: none), all or nothing; rejects an
     * unknown class and each unknown code (the message names it).
     */
    List<LearningTopicView> setClassTopics(UUID classId, List<String> topicCodes);
}
