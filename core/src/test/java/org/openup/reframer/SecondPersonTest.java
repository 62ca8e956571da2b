package org.openup.reframer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SecondPersonTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "What is keeping him from opening up to me about his job? | What is keeping you from opening up to me about your job?",
            "What is keeping her from talking to me? | What is keeping you from talking to me?",
            "What makes talking about money hard for my wife right now? | What makes talking about money hard for you right now?",
            "What is keeping them from sharing their feelings with me? | What is keeping you from sharing your feelings with me?",
            "What might she be protecting by saying I'm fine? | What might you be protecting by saying I'm fine?",
            "What is keeping him from telling me what he's thinking? | What is keeping you from telling me what you're thinking?",
            "What makes it hard for her to talk about her mother? | What makes it hard for you to talk about your mother?",
            "What keeps my husband from feeling safe when he is tired? | What keeps you from feeling safe when you are tired?",
            "What might my fiancé be protecting by shutting down when I ask how his day was? | What might you be protecting by shutting down when I ask how your day was?",
            "Why does she feel she has to cope alone? | Why do you feel you have to cope alone?",
            "What is it that he is afraid of? | What is it that you are afraid of?",
            "Is he worried that I will judge him? | Are you worried that I will judge you?",
            "What is keeping my partner's worries from reaching me? | What is keeping your worries from reaching me?",
    })
    void thePartnerIsAskedAsYouAndTheAskerStaysMe(String question, String toThePartner) {
        assertThat(SecondPerson.of(question)).isEqualTo(toThePartner.strip());
    }
}
