package compare

import (
	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/claims/timex"
	"github.com/crosscheck/crosscheck/compare/resolve"
)

// Verdicts of a finding.
const (
	Conflict  = "conflict"
	Explained = "explained"
	Variant   = "variant"
	Agree     = "agree"
	Omission  = "omission" // a fact only one source reports (listed with --all)
)

// ClaimRef names one claim of one article.
type ClaimRef struct {
	Article int // index into Story.Extractions
	Claim   int // index into that extraction's Claims
}

// MentionRef names one mention of one article.
type MentionRef struct {
	Article int
	Mention int
}

// Entity is one real thing named across the story.
type Entity struct {
	ID       string // "e1", "e2", ... in order of first appearance
	Name     string // the most complete common form
	Type     string
	Mentions []MentionRef
	// Merges record why names were joined into this entity.
	Merges []resolve.Merge
}

// Side is one value of a finding and who says it.
type Side struct {
	Value    string
	Articles []int      // indexes into Story.Extractions, ascending
	Claims   []ClaimRef // the claims that carry the value
	Time     string     // when the value is said to hold, if known
}

// Finding is one disagreement (or agreement) across articles.
type Finding struct {
	ID          string // "f1", "f2", ... in rank order
	Topic       string
	Verdict     string
	Sides       []Side
	Explanation string
	Central     bool // about a central fact of the story (ranks first)
	Score       float64
}

// Claims returns every claim the finding cites, side by side order.
func (f *Finding) Claims() []ClaimRef {
	var out []ClaimRef
	for _, s := range f.Sides {
		out = append(out, s.Claims...)
	}
	return out
}

// Values returns the finding's values in side order.
func (f *Finding) Values() []string {
	out := make([]string, len(f.Sides))
	for i, s := range f.Sides {
		out[i] = s.Value
	}
	return out
}

// Story is the comparison of a set of articles about one story.
type Story struct {
	Extractions []*claims.Extraction
	Entities    []Entity
	// EntityOf maps a mention to its entity's index in Entities.
	EntityOf  map[MentionRef]int
	Findings  []Finding
	Omissions []Finding
	// Events are the happenings claims describe, grouped across articles.
	Events  []Event
	eventOf map[ClaimRef]int
	// reliableEvents are built from reliably dated claims only, for
	// narrowing publication dates.
	reliableEvents []Event
	resolved       *resolve.Result
	// onceKeyed marks claims keyed by the person a once-event happens to.
	onceKeyed map[ClaimRef]bool
}

// Options control comparison.
type Options struct {
	// All keeps omissions (facts only one source reports) in Story.Omissions.
	All bool
}

// Published returns the publication date of article i as narrowed.
func (s *Story) Published(i int) timex.Published { return s.Extractions[i].Published }

// Compare compares the extractions of one story.
func Compare(xs []*claims.Extraction, opt Options) *Story {
	s := &Story{Extractions: xs, EntityOf: map[MentionRef]int{}}
	s.resolveEntities()
	s.narrowPublished()
	s.buildEvents()
	s.findings(opt)
	return s
}

// Entities resolves entities across the extractions without comparing
// claims (what 'crosscheck extract' reports).
func Entities(xs []*claims.Extraction) *Story {
	s := &Story{Extractions: xs, EntityOf: map[MentionRef]int{}}
	s.resolveEntities()
	return s
}
