package org.stepwise.classroom;

import java.security.SecureRandom;
import java.util.List;

/**
 * First passwords for students, printed on a login card and typed by a child: two short everyday words and two
 * digits, e.g. "frog-lamp-47". Lower case only and no look-alike characters; about 22 bits from a list of 261 words,
 * which the login rate limiter makes impractical to guess online. The plain text is shown once and never stored.
 */
public final class FirstPasswords {
  /** Short, common, friendly words: no homophones that a child could spell two ways, no rude readings. */
  static final List<String> WORDS = List.of(
      "ant", "ape", "arm", "art", "bag", "ball", "band", "bank", "barn", "bat", "beach", "bead", "beak", "bean",
      "bear", "bed", "bee", "bell", "belt", "bike", "bird", "boat", "bone", "book", "boot", "bow", "bowl", "box",
      "bread", "brick", "brush", "bud", "bug", "bus", "cake", "calf", "camp", "cap", "car", "card", "cart", "cat",
      "cave", "chair", "chalk", "chess", "chick", "chin", "clam", "clay", "cloud", "coat", "coin", "comb", "cone",
      "cook", "corn", "cow", "crab", "crow", "cub", "cup", "dart", "deck", "desk", "dime", "dish", "dock", "dog",
      "doll", "door", "dot", "dove", "drum", "duck", "dust", "eel", "egg", "elf", "elk", "elm", "fan", "farm",
      "fern", "fig", "film", "fish", "flag", "fork", "fox", "frog", "gate", "gem", "gift", "glove", "goat", "gold",
      "grape", "grass", "gull", "hat", "hawk", "hen", "hill", "hive", "hook", "horn", "horse", "hut", "ink",
      "jam", "jar", "jet", "jug", "kayak", "key", "kite", "kiwi", "lake", "lamb", "lamp", "leaf", "lemon", "lid",
      "lime", "lion", "log", "map", "mask", "melon", "milk", "mint", "mitt", "mole", "moon", "moth", "mouse",
      "mud", "mug", "nest", "net", "nut", "oak", "oar", "owl", "pan", "park", "path", "pea", "peach", "pear",
      "pen", "pig", "pin", "pine", "plum", "pond", "pony", "pot", "pup", "quilt", "rain", "ram", "ring", "road",
      "robin", "rock", "roof", "rope", "rose", "rug", "sail", "salt", "sand", "seal", "seed", "shed", "shell",
      "ship", "shoe", "silk", "sink", "sled", "slide", "snail", "snow", "sock", "sofa", "soup", "spoon", "star",
      "stem", "step", "stone", "sun", "swan", "swing", "tack", "tent", "tiger", "toad", "toast", "top", "torch",
      "town", "toy", "train", "tray", "tree", "truck", "tub", "tulip", "van", "vase", "vest", "vine", "wagon",
      "wall", "wand", "wave", "web", "well", "whale", "wheel", "wig", "wind", "wing", "wolf", "wool", "worm",
      "yak", "yarn", "zebra", "zip", "acorn", "apple", "arrow", "badge", "basil", "berry", "cabin", "candle",
      "canoe", "cedar", "cherry", "cider", "comet", "coral", "daisy", "eagle", "flute", "lily", "maple", "otter",
      "panda", "piano", "pizza", "river", "salad", "tea", "wren");

  private final SecureRandom random;

  public FirstPasswords(SecureRandom random) {
    this.random = random;
  }

  public FirstPasswords() {
    this(new SecureRandom());
  }

  /** A fresh password such as "frog-lamp-47"; always at least 9 characters, so bcrypt accepts it. */
  public String next() {
    String a = WORDS.get(random.nextInt(WORDS.size()));
    String b = WORDS.get(random.nextInt(WORDS.size()));
    while (b.equals(a)) {
      b = WORDS.get(random.nextInt(WORDS.size()));
    }
    return a + "-" + b + "-" + (10 + random.nextInt(90));
  }
}
