package timex

// kind is the shape of an expression's meaning.
type kind uint8

const (
	kPoint    kind = iota // a calendar point at some grain: "October 2025", "Wednesday", "last year"
	kRef                  // PRESENT_REF, PAST_REF, FUTURE_REF
	kDuration             // an amount of time: "four months", "the past decade"
	kSet                  // a recurrence: "every week", "daily"
)

// anchor says what a point is relative to.
type anchor uint8

const (
	anAbs  anchor = iota // fully given by the text ("28 January 2026")
	anPub                // relative to the publication date ("yesterday", "last year", "ten months ago")
	anPrev               // relative to the date the text last set ("that year", "two weeks later")
	anNear               // calendar fields without a year ("January 28", "Wednesday", "the third quarter"): the nearest fit to the publication date, in the direction of the clause's tense
)

// sem is the meaning of an expression, kept relative so that it can be
// resolved again when the publication date changes.
type sem struct {
	kind kind
	mod  string

	// calendar fields of a point; 0 means absent.
	year, month, day int
	decade, century  int // 199 for the 1990s, 19 for the 1900s (when year is 0)
	quarter, half    int
	season           string
	weekday          int
	part             string // MO, AF, EV, NI
	hour, minute     int
	clock            bool
	holiday          string // rule from data/holidays.txt
	fiscal           bool
	periodOf         bool // "the 1988 period": that year's quarter when the text is about a quarter
	grain            grain

	anchor anchor
	unit   grain // unit of the shift n (anPub, anPrev)
	n      int
	// dir is the direction of an anNear point or of a named unit with
	// "last/next/this": -1 before the anchor, +1 after, 0 by the clause's
	// tense. strict excludes the anchor's own unit ("last July" in July is
	// the year before).
	dir    int
	strict bool
	this   bool // "this Wednesday", "this summer": within the anchor's week/year
	// fromRef: "the previous Friday": before the day the text last set, not
	// before publication.
	fromRef bool
	// unitNamed: "the following week", "that week": the unit itself, not an
	// amount counted from a day ("a week later" is a day).
	unitNamed bool
	// qctx: "a year ago", "a year earlier", "year-earlier": in a narrative
	// about a quarter, the same quarter a year before.
	qctx bool
	// latestQ: "the quarter", "the latest quarter": the quarter the text is
	// about, else the last quarter completed before publication.
	latestQ bool
	// inUnit: "earlier this month": the anchor's unit, with mod.
	// (expressed as n=0 with unit set)

	// value of a ref, duration or set; durations keep their amount for the
	// interval of "the past two months".
	value   string
	durN    int
	durUnit grain
	// asDuration: a point written as an amount ("about two years ago"):
	// its value is the amount (value), its interval the point's.
	asDuration bool
	durRel     int // -1: "the past N units" ends at the anchor; +1: "the next N units" starts at it
	// dayShift: "the day before last Tuesday": days from the day the rest
	// of the meaning names.
	dayShift int
	// contrast: "after a flat second quarter", "up from the second quarter":
	// a period named to compare with, not the one the text reports on.
	contrast bool
}

func (s *sem) isTime() bool { return s.clock || s.part != "" }
