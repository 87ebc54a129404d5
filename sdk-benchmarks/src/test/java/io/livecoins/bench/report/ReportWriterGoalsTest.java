package io.livecoins.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The report marks issue #12's goals from the figures: the verdicts must follow the numbers. */
final class ReportWriterGoalsTest {
  private static final Stats ABSENT = new Stats(Double.NaN, Double.NaN, 0);

  @Test
  void aTimeGoalIsMetWhenTheMeanRatioIsWithinIt() {
    assertThat(ReportWriter.isMet(new Stats(1.04, 0.01, 500), ReportWriter.TIME_GOAL)).isTrue();
    assertThat(ReportWriter.isMet(new Stats(1.05, 0.01, 500), ReportWriter.TIME_GOAL)).isTrue();
    assertThat(ReportWriter.isMet(new Stats(1.06, 0.01, 500), ReportWriter.TIME_GOAL)).isFalse();
    assertThat(ReportWriter.isMet(ABSENT, ReportWriter.TIME_GOAL)).isNull();
    assertThat(ReportWriter.isMet(new Stats(1.24, 0.02, 5), ReportWriter.ALLOCATION_GOAL)).isTrue();
    assertThat(ReportWriter.isMet(new Stats(1.31, 0.02, 5), ReportWriter.ALLOCATION_GOAL)).isFalse();
  }

  @Test
  void theTablesSayWhetherTheWholeIntervalIsWithinTheGoal() {
    assertThat(ReportWriter.verdict(new Stats(1.02, 0.01, 500), 1.05)).startsWith("**met** (");
    assertThat(ReportWriter.verdict(new Stats(1.04, 0.02, 500), 1.05))
        .startsWith("**met on the mean, not beyond the error**");
    assertThat(ReportWriter.verdict(new Stats(1.12, 0.01, 500), 1.05)).startsWith("**not met**");
    assertThat(ReportWriter.verdict(ABSENT, 1.05)).isEqualTo("not measured");
  }

  @Test
  void notSlowerThanRetrofitComparesTheMeansAndSaysWhenTheIntervalsOverlap() {
    Stats retrofit = new Stats(1.06, 0.01, 500);
    assertThat(ReportWriter.isNotSlower(new Stats(1.03, 0.01, 500), retrofit)).isTrue();
    assertThat(ReportWriter.isNotSlower(new Stats(1.07, 0.01, 500), retrofit)).isFalse();
    assertThat(ReportWriter.isNotSlower(ABSENT, retrofit)).isNull();

    assertThat(ReportWriter.notSlower(new Stats(1.03, 0.01, 500), retrofit)).startsWith("**met**, faster");
    assertThat(ReportWriter.notSlower(new Stats(1.055, 0.01, 500), retrofit))
        .startsWith("**met** on the mean, within the error");
    assertThat(ReportWriter.notSlower(new Stats(1.065, 0.01, 500), retrofit))
        .startsWith("**not met** on the mean, within the error");
    assertThat(ReportWriter.notSlower(new Stats(1.10, 0.01, 500), retrofit)).startsWith("**not met** (");
  }
}
