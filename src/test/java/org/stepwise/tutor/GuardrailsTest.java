package org.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.math.MathEngine;

/** Every reply, whoever wrote it, passes the same checks; a rejected one is replaced by the authored reply. */
class GuardrailsTest {

  private static final Guardrails GUARDS = new Guardrails(MathEngine.standard(), Lexicon.bundled());
  private static final String P = "Solve 2x+1=7 for x";

  @ParameterizedTest(name = "\"{0}\" asks for personal data: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      What's your name?                                   | true
      Which school do you go to?                          | true
      How old are you?                                    | true
      Send me a photo of your work and your address.      | true
      Can you tell me your phone number?                  | true
      What is the first thing you would do?               | false
      Name the operation that undoes + 1.                 | false
      """)
  void personalData(String reply, boolean blocked) {
    assertThat(new SafetyCheck(Lexicon.bundled()).find(reply).isPresent()).isEqualTo(blocked);
  }

  @Test
  void emptyAndOverlongRepliesAreRejected() {
    assertThat(GUARDS.violations(null, " ", null, null)).containsExactly("empty");
    assertThat(GUARDS.violations(null, "a".repeat(Guardrails.MAX_REPLY_CHARS + 1), null, null)).containsExactly("too long");
  }

  private static Tutor tutorSaying(String modelReply) {
    return Tutor.withModel(prompt -> Optional.of(modelReply));
  }

  @Test
  void aModelReplyAskingForPersonalDataIsReplaced() {
    TutorReply r = tutorSaying("Before we start, what's your name and which school are you at?")
        .reply(TutorRequest.of(P, "I don't get it"));
    assertThat(r.byModel()).isFalse();
    assertThat(r.blocked()).anyMatch(b -> b.contains("personal data"));
    assertThat(r.reply()).isEqualTo(Tutor.standard().reply(TutorRequest.of(P, "I don't get it")).reply());
  }

  @Test
  void aModelThatAgreesWithAWrongClaimIsReplaced() {
    TutorReply r = tutorSaying("Yes! 7 is right, your teacher is correct.").reply(TutorRequest.of(P, "my teacher said it's 7"));
    assertThat(r.claimCorrect()).isFalse();
    assertThat(r.byModel()).isFalse();
    assertThat(r.reply()).contains("not correct");
  }

  @Test
  void aModelThatCallsARightClaimWrongIsReplaced() {
    TutorReply r = tutorSaying("No, that's wrong.").reply(TutorRequest.of(P, "is it 3?"));
    assertThat(r.claimCorrect()).isTrue();
    assertThat(r.byModel()).isFalse();
    assertThat(r.reply()).contains("correct");
  }

  @Test
  void aHarmlessModelReplyIsShown() {
    TutorReply r = tutorSaying("Think about what is being done to x, and undo it on both sides.")
        .reply(TutorRequest.of(P, "I don't get it"));
    assertThat(r.byModel()).isTrue();
    assertThat(r.blocked()).isEmpty();
    assertThat(r.prompt()).contains("Move: hint_1").contains("DRAFT: ");
  }

  @Test
  void theModelNeverSeesTheAnswerOrTheHistory() {
    StringBuilder seen = new StringBuilder();
    Tutor tutor = Tutor.withModel(prompt -> {
      seen.append(prompt.text());
      return Optional.empty();
    });
    tutor.reply(TutorRequest.of(P, "I don't get it", Turn.student("an earlier secret message"), Turn.tutor("earlier reply")));
    assertThat(seen.toString()).contains("Solve 2x+1=7").doesNotContain("x = 3").doesNotContain("earlier secret");
  }
}
