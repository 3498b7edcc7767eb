// Package timex finds temporal expressions in an article, normalizes them to
// TimeML TIMEX3 values with a concrete interval, and infers the article's
// publication date when its metadata does not give one.
package timex

import (
	"time"

	"github.com/crosscheck/crosscheck/corpus"
)

// Interval is a half-open time range [Begin, End). The zero Interval means
// unknown.
type Interval struct {
	Begin, End time.Time
}

// IsZero reports whether the interval is unknown.
func (iv Interval) IsZero() bool { return iv.Begin.IsZero() && iv.End.IsZero() }

// Timex is one temporal expression.
type Timex struct {
	Start, End int // byte offsets into Article.Text
	Sentence   int // index into Article.Sentences, -1 when outside any sentence
	Text       string
	Type       string // DATE, TIME, DURATION or SET
	Value      string // TIMEX3 value at the text's grain: "2025-10", "P4M", "PRESENT_REF"
	Mod        string // TIMEX3 mod: START, MID, END, APPROX, LESS_THAN, MORE_THAN, BEFORE, AFTER
	Interval   Interval
	// Anchor says how the value was obtained: "absolute" (the text says it
	// all), "publication" (relative to the publication date), "previous"
	// (relative to the date the text last set), or "" (not resolved).
	Anchor       string
	Alternatives []string // other readings when the text is ambiguous
}

// Published is an article's publication date with where it came from.
type Published struct {
	Value    string // TIMEX3 value at its grain: "2026-01-28", "2026-01", "2025"; "" when unknown
	Interval Interval
	Source   string // "metadata", "text" or "corpus"; "" when unknown
	Evidence string // what supports it, for an editor
}

// Tag finds the temporal expressions of a and returns them with a's
// publication date: from metadata when a.Published is set, else inferred from
// the text.
func Tag(a *corpus.Article) ([]Timex, Published) {
	return nil, Published{}
}

// Resolve re-resolves the relative expressions of tx against pub (used when
// comparison across articles narrows a publication date).
func Resolve(a *corpus.Article, tx []Timex, pub Published) []Timex {
	return tx
}

// FromMetadata returns the publication date the article's metadata gives.
func FromMetadata(a *corpus.Article) Published {
	v := a.Published
	t, err := time.Parse(time.RFC3339, v)
	if err != nil {
		t, err = time.Parse("2006-01-02", v)
		if err != nil {
			return Published{}
		}
	}
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return Published{Value: day.Format("2006-01-02"), Interval: Interval{day, day.AddDate(0, 0, 1)}, Source: "metadata", Evidence: a.PublishedFrom}
}
