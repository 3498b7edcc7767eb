package timex

// doneNounBefore reports a weekday at start that ends the phrase of a known
// past event: "would not retaliate for the reported bombing of the town in
// the hills on Tuesday", "condemned the attack on the embassy Friday". A
// definite event noun of things that have happened (DONE in data/tense.txt:
// data/incidents.txt: bombing, attack, arrest ...) with only its own modifiers between
// (prepositions, names, nouns; no verb, no comma) dates that event, so the
// weekday is the last one, whatever verb of the clause ("would", "will")
// stands before the noun. A possessive weekday ("Tuesday's bombing") is
// doneAfter's.
func doneNounBefore(toks []token, start int, covered []bool) bool {
	sent := toks[start].sent
	for i := start - 1; i >= 0 && start-i <= 10; i-- {
		t := toks[i]
		if t.sent != sent || t.kind == tPunct && t.low != "-" && t.low != "'" || covered[i] {
			return false
		}
		if incidents[t.low] {
			return definiteBefore(toks, i)
		}
		if _, _, ok := tenses.match(toks, i); ok || planWord[t.low] {
			return false // "will", "was", "the planned attack"
		}
		if regularPast(toks, i) && !(i > 0 && definiteWord[toks[i-1].low]) || infinitive(toks, i) {
			return false
		}
		switch t.low {
		case "and", "or", "but", "that", "which", "who", "when", "where", "while", "if", "as", "than":
			return false
		}
	}
	return false
}

// definiteBefore reports a determiner of a known thing ("the", "this",
// "its", "last") within three words before the noun at i, past adjectives
// ("the reported", "the deadly suicide").
func definiteBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := toks[k]
		if t.kind != tWord || t.sent != toks[i].sent || planWord[t.low] {
			return false
		}
		if definiteWord[t.low] {
			return true
		}
	}
	return false
}

// planWord are modifiers of an event still to come ("the planned attack").
var planWord = map[string]bool{"planned": true, "proposed": true, "scheduled": true, "threatened": true, "possible": true, "potential": true, "feared": true, "expected": true, "upcoming": true, "next": true, "future": true}

// incidents is data/incidents.txt.
var incidents = map[string]bool{}

func init() {
	for _, l := range readData("incidents.txt") {
		incidents[l] = true
	}
}

var definiteWord = map[string]bool{"the": true, "this": true, "that": true, "its": true, "their": true, "his": true, "her": true, "last": true, "those": true, "these": true}
