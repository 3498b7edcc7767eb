package claims

import (
	"runtime"
	"sync"

	"github.com/crosscheck/crosscheck/claims/mention"
	"github.com/crosscheck/crosscheck/claims/quantity"
	"github.com/crosscheck/crosscheck/claims/timex"
	"github.com/crosscheck/crosscheck/corpus"
)

// Arg is an argument of a claim: an entity mention or a literal.
type Arg struct {
	Mention    int    // index into Extraction.Mentions, -1 for a literal
	Text       string // the argument as written (or normalized literal)
	Start, End int    // offsets into Article.Text
}

// Time is when a claimed thing happened or held.
type Time struct {
	Timex      int // index into Extraction.Timexes, -1 when inherited from the publication date
	Value, Mod string
	Interval   timex.Interval
	// Source says where the time came from: "clause" (an expression in the
	// claim's own clause), "sentence", "paragraph", "publication".
	Source string
	// Grain is "month" for an event dated only by being reported ("Sharaa met
	// Putin in Moscow" in an article of 15 October 2025 → 2025-10): it
	// happened around publication, which the month contains.
	Grain string
}

// Claim is one checkable statement of an article.
type Claim struct {
	Start, End int // the evidence span in Article.Text
	Sentence   int
	Predicate  string // the frame: "visit", "meet", "title", "oust", ...
	Trigger    string // the word or phrase that evoked the frame
	Nominal    bool   // evoked by a noun ("the visit") rather than a verb
	Subject    *Arg
	Object     *Arg
	Objects    []Arg // further objects of a list ("the Hmeimim airbase and the Tartus naval base")
	Place      *Arg
	Time       *Time
	Ordinal    int    // 1 for "first", 2 for "second"; 0 when none
	OrdinalRaw string // the word as written ("inaugural", "second")
	Scope      string // the ordinal's scope: "since assuming power"
	Negated    bool
	// Modality: "asserted", "reported", "hedged", "planned".
	Modality    string
	Attribution string // who the article says asserts it; "" when the article itself does
	Quote       string // the quoted words for a quote claim
	// Quantity is the number the claim states ("killed 31 people", "more
	// than 60 percent"), nil when none.
	Quantity *quantity.Quantity

	anchored bool // names a participant, place, time or ordinal (set during extraction)
	trigAt   int  // byte offset of the trigger (event claims)
}

// Extraction is everything found in one article.
type Extraction struct {
	Article   *corpus.Article
	Published timex.Published
	Timexes   []timex.Timex
	Mentions  []mention.Mention
	Claims    []Claim

	bodyLocals map[int]bool // Locals named outside the headline (built on first use)
}

// Extract runs the per-article pipeline on a.
func Extract(a *corpus.Article, lex *Lexicon) *Extraction {
	if lex == nil {
		lex = DefaultLexicon()
	}
	x := &Extraction{Article: a}
	x.Timexes, x.Published = timex.Tag(a)
	x.Mentions = mention.Find(a)
	x.Claims = findClaims(x, lex)
	return x
}

// ExtractAll runs Extract on every article with up to workers goroutines
// (0 means GOMAXPROCS). The result is in the order of arts, whatever the
// scheduling, so output stays deterministic.
func ExtractAll(arts []*corpus.Article, lex *Lexicon, workers int) []*Extraction {
	return ExtractAllProgress(arts, lex, workers, nil)
}

// ExtractAllProgress is ExtractAll calling progress (when not nil) after each
// article, with the number done so far, from one goroutine at a time.
func ExtractAllProgress(arts []*corpus.Article, lex *Lexicon, workers int, progress func(done, total int)) []*Extraction {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if lex == nil {
		lex = DefaultLexicon()
	}
	out := make([]*Extraction, len(arts))
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = Extract(arts[i], lex)
				if progress != nil {
					mu.Lock()
					done++
					progress(done, len(arts))
					mu.Unlock()
				}
			}
		}()
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// Reresolve re-resolves the article's relative dates against a new
// publication date and updates the claims' times that came from them.
func (x *Extraction) Reresolve(pub timex.Published) {
	x.Published = pub
	x.Timexes = timex.Resolve(x.Article, x.Timexes, pub)
	for i := range x.Claims {
		t := x.Claims[i].Time
		if t == nil {
			continue
		}
		if t.Timex >= 0 && t.Timex < len(x.Timexes) {
			nt := timexTime(t.Timex, x.Timexes[t.Timex])
			t.Value, t.Mod, t.Interval = nt.Value, nt.Mod, nt.Interval
		} else if t.Source == "publication" {
			*t = *publicationTime(pub, t.Grain)
		}
	}
}
