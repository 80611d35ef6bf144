package org.stepwise.teacher.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OneRosterImportTest {

  static final String USERS_HEADER = "sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,"
      + "familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,"
      + "resourceSourcedIds,preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns\n";
  static final String CLASSES_HEADER = "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,"
      + "classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods\n";
  static final String ENROLLMENTS_HEADER = "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,"
      + "userSourcedId,role,primary,beginDate,endDate\n";

  static final String USERS = USERS_HEADER
      + "t1,active,2026-08-01T08:00:00Z,true,jlee,,Jordan,Lee,,T100,,,,,,,,,,,,org1,\n"
      + "s1,active,2026-08-01T08:00:00Z,true,asmith,,Avery,Smith,,S2001,,,,,07,secret,,,,,,org1,\n"
      + "s2,active,,true,,,\"Marco, Jr.\",Fern,,S2002,,,,,07,,,,,,,org1,\n"
      + "s3,tobedeleted,,false,,,Old,Student,,,,,,,,,,,,,,org1,\n";
  static final String CLASSES = CLASSES_HEADER
      + "k1,active,,Math 7 - Period 3,07,c1,MATH7-3,scheduled,Room 12,org1,fall26,Mathematics,,3\n";
  static final String ENROLLMENTS = ENROLLMENTS_HEADER
      + "e1,active,,k1,org1,t1,teacher,true,2026-08-20,\n"
      + "e2,active,,k1,org1,s1,student,false,,\n"
      + "e3,active,,k1,org1,s2,student,,,\n"
      + "e4,active,,k1,org1,t1,administrator,,,\n";

  @TempDir
  Path dir;

  final OneRosterImport importer = new OneRosterImport(RosterLimits.DEFAULT);

  void write(String users, String classes, String enrollments) throws IOException {
    Files.writeString(dir.resolve("users.csv"), users, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("classes.csv"), classes, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("enrollments.csv"), enrollments, StandardCharsets.UTF_8);
  }

  @Test
  void aValidRosterBecomesAPlan() throws IOException {
    write("\uFEFF" + USERS, CLASSES, ENROLLMENTS);
    RosterResult r = importer.parseDirectory(dir);
    assertThat(r).isInstanceOf(RosterResult.Valid.class);
    RosterPlan plan = ((RosterResult.Valid) r).plan();
    assertThat(plan.users()).extracting(RosterPlan.RosterUser::sourcedId).containsExactly("t1", "s1", "s2");
    assertThat(plan.users().get(2).givenName()).isEqualTo("Marco, Jr.");
    assertThat(plan.classes()).singleElement().satisfies(c -> {
      assertThat(c.title()).isEqualTo("Math 7 - Period 3");
      assertThat(c.classCode()).isEqualTo("MATH7-3");
    });
    assertThat(plan.enrollments()).extracting(RosterPlan.RosterEnrollment::role)
        .containsExactly(RosterPlan.Role.TEACHER, RosterPlan.Role.STUDENT, RosterPlan.Role.STUDENT);
    assertThat(plan.enrollments().get(0).primary()).isTrue();
    assertThat(plan.skippedRows()).as("the tobedeleted user and the administrator enrolment").isEqualTo(2);
  }

  @Test
  void malformedRowsRejectTheWholeRosterWithAPerRowList() throws IOException {
    String users = USERS_HEADER
        + "t1,active,,true,jlee,,Jordan,Lee,,,,,,,,,,,,,,org1,\n"
        + "s1,active,yesterday,maybe,,,,Smith,,,,,,,,,,,,,,org1,\n"       // line 3: date, enabledUser, givenName
        + "s1,active,,true,,,Ann,Other,,,,,,,,,,,,,,org1,\n"               // line 4: duplicate id
        + "s4,active,,true,,,\"Two\nLines\",Name,,,,,,,,,,,,,,org1,\n"    // lines 5-6: fine, quoted newline
        + "s5,active,,true,too,few,fields\n";                              // line 7: field count
    String enrollments = ENROLLMENTS_HEADER
        + "e1,active,,k1,org1,t1,teacher,true,,\n"
        + "e2,active,,k9,org1,s4,student,,,\n"                             // line 3: unknown class
        + "e3,active,,k1,org1,nobody,student,,,\n"                         // line 4: unknown user
        + "e4,active,,k1,org1,t1,principal,yes,2026-13-01,\n"             // line 5: role, primary, beginDate
        + "e5,active,,k1,org1,t1,teacher,,,\n";                            // line 6: enrolled twice
    write(users, CLASSES, enrollments);
    RosterResult r = importer.parseDirectory(dir);
    assertThat(r).isInstanceOf(RosterResult.Rejected.class);
    RosterResult.Rejected rejected = (RosterResult.Rejected) r;
    assertThat(rejected.errors()).extracting(RosterError::toString).containsExactly(
        "users.csv:3 [dateLastModified]: not a date-time like 2026-01-31T08:00:00Z: 'yesterday'",
        "users.csv:3 [enabledUser]: must be true or false, found 'maybe'",
        "users.csv:3 [givenName]: required, but empty",
        "users.csv:4 [sourcedId]: 's1' appears more than once",
        "users.csv:7: expected 23 fields, found 7",
        "enrollments.csv:3 [classSourcedId]: no class 'k9' in classes.csv",
        "enrollments.csv:4 [userSourcedId]: no user 'nobody' in users.csv",
        "enrollments.csv:5 [beginDate]: not a date like 2026-01-31: '2026-13-01'",
        "enrollments.csv:5 [role]: must be student, teacher, administrator or proctor, found 'principal'",
        "enrollments.csv:5 [primary]: must be true, false or empty, found 'yes'",
        "enrollments.csv:6 [userSourcedId]: user 't1' is enrolled in class 'k1' as teacher twice");
    assertThat(rejected.truncated()).isFalse();
  }

  @Test
  void missingColumnsAndFilesAreNamed() throws IOException {
    write(USERS.replace("givenName", "firstName"), CLASSES, ENROLLMENTS);
    RosterResult.Rejected r = (RosterResult.Rejected) importer.parseDirectory(dir);
    assertThat(r.errors()).extracting(RosterError::toString).contains("users.csv:1 [givenName]: missing column in the header row");
    Files.delete(dir.resolve("classes.csv"));
    r = (RosterResult.Rejected) importer.parseDirectory(dir);
    assertThat(r.errors()).extracting(RosterError::toString).containsExactly("classes.csv: file is missing");
  }

  @Test
  void brokenQuotingAndBadEncodingAreReportedNotThrown() throws IOException {
    write(USERS + "s9,active,,true,,,\"Unclosed,Name,,,,,,,,,,,,,,,org1,\n", CLASSES, ENROLLMENTS);
    RosterResult.Rejected r = (RosterResult.Rejected) importer.parseDirectory(dir);
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.file()).isEqualTo("users.csv");
      assertThat(e.line()).isEqualTo(6);
      assertThat(e.problem()).startsWith("malformed CSV");
    });
    write(USERS, CLASSES, ENROLLMENTS);
    byte[] latin1 = (USERS_HEADER + "s1,active,,true,,,Zo\u00eb,X,,,,,,,,,,,,,,org1,\n").getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("users.csv"), latin1);
    r = (RosterResult.Rejected) importer.parseDirectory(dir);
    assertThat(r.errors()).extracting(RosterError::problem).contains("not UTF-8 text; save the file as CSV UTF-8");
  }

  @Test
  void limitsOnFileSizeRowsFieldsAndErrorCount() throws IOException {
    RosterLimits small = new RosterLimits(2_000, 3, 20, 4);
    OneRosterImport strict = new OneRosterImport(small);
    write(USERS, CLASSES, ENROLLMENTS + "x".repeat(2_000));
    RosterResult.Rejected r = (RosterResult.Rejected) strict.parseDirectory(dir);
    assertThat(r.errors()).extracting(RosterError::toString).containsExactly(
        "enrollments.csv: file is " + Files.size(dir.resolve("enrollments.csv")) + " bytes; the limit is 2000");

    write(USERS + "s7,active,,true,,,A,B,,,,,,,,,,,,,,org1,\n", CLASSES, ENROLLMENTS);
    r = (RosterResult.Rejected) strict.parseDirectory(dir);
    assertThat(r.errors()).extracting(RosterError::toString).contains("users.csv:5: more than 3 rows; split the file");

    write(USERS, CLASSES.replace("Math 7 - Period 3", "A very long class title indeed"), ENROLLMENTS);
    r = (RosterResult.Rejected) strict.parseDirectory(dir);
    assertThat(r.errors()).extracting(RosterError::toString).contains("classes.csv:2 [title]: longer than 20 characters");

    // invalid rows count towards the row limit too
    StringBuilder bad = new StringBuilder(USERS_HEADER);
    for (int i = 0; i < 5; i++) {
      bad.append("u").append(i).append(",active,,maybe,,,A,B,,,,,,,,,,,,,,org1,\n");
    }
    write(bad.toString(), CLASSES, ENROLLMENTS_HEADER);
    r = (RosterResult.Rejected) new OneRosterImport(new RosterLimits(2_000, 3, 20, 100)).parseDirectory(dir);
    assertThat(r.errors()).extracting(RosterError::toString).contains("users.csv:5: more than 3 rows; split the file");

    StringBuilder many = new StringBuilder(ENROLLMENTS_HEADER);
    for (int i = 0; i < 3; i++) {
      many.append("e").append(i).append(",active,,kX,org1,nobody,nurse,,,\n");
    }
    write(USERS_HEADER, CLASSES_HEADER, many.toString());
    r = (RosterResult.Rejected) strict.parseDirectory(dir);
    assertThat(r.errors()).hasSize(4);
    assertThat(r.truncated()).isTrue();
  }

  @Test
  void bytesEntryPointGivesTheSameAnswerAsFiles() {
    RosterResult r = importer.parse(USERS.getBytes(StandardCharsets.UTF_8), CLASSES.getBytes(StandardCharsets.UTF_8),
        ENROLLMENTS.getBytes(StandardCharsets.UTF_8));
    assertThat(r).isInstanceOf(RosterResult.Valid.class);
    assertThat(importer.parse(null, new byte[0], new byte[0])).isInstanceOf(RosterResult.Rejected.class);
  }
}
