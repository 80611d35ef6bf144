package org.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SimulateCommandTest {

  @Test
  void printsBothPoliciesFiguresAsOneJsonObject() throws Exception {
    Object[] r = KtEvalCommandTest.run("simulate", "--learners", "100", "--seed", "5");

    assertThat(r[0]).isEqualTo(0);
    JsonNode json = new ObjectMapper().readTree((String) r[1]);
    assertThat(json.get("learners").asInt()).isEqualTo(100);
    for (String policy : new String[] {"adaptive", "fixed_order"}) {
      JsonNode p = json.get(policy);
      assertThat(p.get("items_to_mastery").asDouble()).isBetween(0.0, 300.0);
      assertThat(p.get("false_mastery_rate").asDouble()).isBetween(0.0, 1.0);
      assertThat(p.get("declarations").asLong()).isPositive();
    }
    // Same learners, same seed: the figures are reproducible (only the timing differs).
    JsonNode again = new ObjectMapper().readTree((String) KtEvalCommandTest.run("simulate", "--learners", "100",
        "--seed", "5")[1]);
    assertThat(again.get("adaptive")).isEqualTo(json.get("adaptive"));
    assertThat(again.get("fixed_order")).isEqualTo(json.get("fixed_order"));
  }

  @Test
  void theNumberOfLearnersIsBounded() {
    for (String n : new String[] {"0", "100001", "-3"}) {
      Object[] r = KtEvalCommandTest.run("simulate", "--learners", n);
      assertThat(r[0]).as(n).isEqualTo(2);
      assertThat((String) r[2]).contains("--learners must be 1..100000");
    }
  }
}
