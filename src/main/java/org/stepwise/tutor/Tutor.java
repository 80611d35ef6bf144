package org.stepwise.tutor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stepwise.content.problem.ProblemReader;
import org.stepwise.content.problem.Task;
import org.stepwise.content.problem.TaskSolver;
import org.stepwise.math.MathEngine;
import org.stepwise.math.MathException;
import org.stepwise.work.WorkChecker;

/**
 * The tutor inside the problem. For each message: read the intent, let the policy choose and phrase a move, optionally
 * let a language model rephrase it, and pass whatever will be shown through the guardrails. A rejected reply is
 * replaced by the authored one and the block is logged (reasons only, never the student's text). Thread-safe.
 */
public final class Tutor {

  public static final int MAX_HISTORY_TURNS = 50;
  /** Only the most recent turns matter to the policy (hint count, guessing streak). */
  static final int HISTORY_WINDOW = 20;
  private static final int ITEM_CACHE = 1024;

  private static final System.Logger LOG = System.getLogger("org.stepwise.tutor");

  private final MathEngine engine;
  private final ProblemReader reader;
  private final TaskSolver solver;
  private final IntentRecognizer recognizer;
  private final DialoguePolicy policy;
  private final Guardrails guardrails;
  private final Phrasebook phrases;
  private final PromptBuilder prompts = new PromptBuilder();
  private final LanguageModel model;
  private final Map<String, Item> items = new ConcurrentHashMap<>();

  private Tutor(MathEngine engine, LanguageModel model) {
    this.engine = engine;
    this.reader = new ProblemReader(engine);
    this.solver = new TaskSolver(engine);
    Lexicon lexicon = Lexicon.bundled();
    this.phrases = Phrasebook.bundled();
    this.recognizer = new IntentRecognizer(lexicon, engine);
    this.guardrails = new Guardrails(engine, lexicon);
    LeakDetector leaks = new LeakDetector(engine);
    HintLadder ladder = new HintLadder(engine, new SiblingProblems(engine), leaks);
    this.policy = new DialoguePolicy(ladder, new ClaimChecker(engine), WorkChecker.create(), phrases);
    this.model = model;
  }

  /** The embedded default: authored phrasing, no model, no network. */
  public static Tutor standard() {
    return new Tutor(MathEngine.standard(), null);
  }

  /** The tutor with a language model phrasing its moves (the guardrails still decide what is shown). */
  public static Tutor withModel(LanguageModel model) {
    return new Tutor(MathEngine.standard(), model);
  }

  public TutorReply reply(TutorRequest request) {
    if (request.message().length() > IntentRecognizer.MAX_MESSAGE_CHARS) {
      throw new TutorInputException("too_long", "The message is longer than " + IntentRecognizer.MAX_MESSAGE_CHARS + " characters.");
    }
    if (request.history().size() > MAX_HISTORY_TURNS) {
      throw new TutorInputException("too_large", "At most " + MAX_HISTORY_TURNS + " earlier turns, got " + request.history().size() + ".");
    }
    List<Turn> history = request.history().subList(Math.max(0, request.history().size() - HISTORY_WINDOW),
        request.history().size());
    Item item;
    MathException unreadable = null;
    try {
      item = item(request.problem());
    } catch (MathException e) {
      item = null;
      unreadable = e;
    }
    Reading reading = recognizer.read(request.message(), item == null ? null : item.givenText(), history);
    if (item == null && reading.intent() != Intent.DISTRESS) {
      throw unreadable; // the contract: an unsupported problem is an error; only a child in distress is answered anyway
    }
    int seed = request.message().hashCode();
    DialoguePolicy.Decision d = policy.decide(item, reading,
        recognizer.hintsSoFar(history, item == null ? null : item.givenText()), seed);
    Move move = d.move();
    ClaimVerdict v = d.verdict();
    Boolean claimCorrect = v == null || !v.readable() ? null : v.correct();
    String claimed = v == null ? null : v.claim();
    // once the student has the answer, saying it back is no leak
    Item secret = Boolean.TRUE.equals(claimCorrect) ? null : item;

    List<String> blocked = new ArrayList<>();
    String reply = authored(secret, move, claimed, claimCorrect, blocked);
    boolean byModel = false;
    String prompt = null;
    if (model != null && move.modelMayPhrase()) {
      ModelPrompt p = prompts.build(item, request.message(), move, request.studentKey());
      prompt = p.text();
      var phrased = model.phrase(p);
      if (phrased.isPresent()) {
        List<String> bad = guardrails.violations(secret, phrased.get().strip(), claimed, claimCorrect);
        if (bad.isEmpty()) {
          reply = phrased.get().strip();
          byModel = true;
        } else {
          block("model", move, bad, blocked);
        }
      }
    }
    return new TutorReply(reply, reading.intent(), claimed, claimCorrect, move.flagged(), move.name(), blocked,
        byModel, prompt);
  }

  /** The draft, else the draft without worked numbers, else a plain sentence that keeps the verdict. */
  private String authored(Item secret, Move move, String claimed, Boolean claimCorrect, List<String> blocked) {
    List<String> bad = guardrails.violations(secret, move.draft(), claimed, claimCorrect);
    if (bad.isEmpty()) return move.draft();
    block("draft", move, bad, blocked);
    bad = guardrails.violations(secret, move.safeDraft(), claimed, claimCorrect);
    if (bad.isEmpty()) return move.safeDraft();
    block("safe draft", move, bad, blocked);
    if (claimCorrect == null) return phrases.pick("safe_fallback", 0);
    return claimCorrect ? "Yes, that is correct." : "That is not correct yet. Put your answer back into the problem to see why.";
  }

  private static void block(String source, Move move, List<String> reasons, List<String> blocked) {
    LOG.log(System.Logger.Level.INFO, "tutor reply replaced: source={0} move={1} reasons={2}", source, move.name(), reasons);
    for (String r : reasons) blocked.add(source + " " + r);
  }

  /** The item, read and solved once per problem text. */
  Item item(String problem) {
    Item cached = items.get(problem);
    if (cached != null) return cached;
    Task t = reader.read(problem);
    Item item = Item.of(problem, t, solver.solve(t), engine);
    if (items.size() >= ITEM_CACHE) items.clear(); // a bound, not an LRU: items repeat in bursts (one class, one sheet)
    items.put(problem, item);
    return item;
  }
}
