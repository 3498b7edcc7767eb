package compare

import (
	"sort"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/claims/timex"
)

// Event is one happening that claims across articles describe: the same
// family of frames, the same key participant, compatible times.
type Event struct {
	Family   string
	Key      int        // index into Story.Entities of the key participant
	Claims   []ClaimRef // in article, then claim order
	Interval timex.Interval
	Dated    bool // Interval comes from an explicit date, not only from publication dates
	Position int  // 1-based place in its series; 0 when the family is not counted
}

// eventFrame reports whether a frame describes a happening (as opposed to a
// state, a statement or a list of facilities).
func eventFrame(p string) bool {
	switch p {
	case "title", "facility", "quote", "say", "comment", "deny", "announce", "quantity", "age":
		return false
	}
	return true
}

func (s *Story) claim(r ClaimRef) *claims.Claim { return &s.Extractions[r.Article].Claims[r.Claim] }

// argEntity returns the entity of a claim argument, -1 when it is a literal.
func (s *Story) argEntity(ai int, a *claims.Arg) int {
	if a == nil || a.Mention < 0 {
		return -1
	}
	if e, ok := s.EntityOf[MentionRef{Article: ai, Mention: a.Mention}]; ok {
		return e
	}
	return -1
}

var actorTypes = map[string]bool{"PERSON": true, "ORG": true, "GPE": true, "NORP": true, "MEDIA": true}

// strength of a claim's time: 2 a date that can be trusted (explicit, or
// resolved against a publication date precise enough for it: a weekday needs
// the week, "October 15" the year), 1 inherited from a publication date known
// to the month, 0 none or not to be trusted.
func (s *Story) strength(r ClaimRef) int {
	x := s.Extractions[r.Article]
	c := &x.Claims[r.Claim]
	t := c.Time
	if t == nil {
		return 0
	}
	pub := pubInterval(x.Published)
	if t.Source == "publication" {
		if !pub.IsZero() && pub.End.Sub(pub.Begin) <= 32*day && !t.Interval.IsZero() {
			return 1
		}
		return 0
	}
	if t.Interval.IsZero() || t.Interval.End.Sub(t.Interval.Begin) > 366*day {
		return 0
	}
	if t.Timex < 0 || t.Timex >= len(x.Timexes) {
		return 2
	}
	tx := &x.Timexes[t.Timex]
	if tx.Anchor == "absolute" || !tx.Relative() {
		return 2
	}
	w := pub.End.Sub(pub.Begin)
	switch {
	case pub.IsZero():
		return 0
	case w <= 8*day:
		return 2
	case hasCalendarWord(tx.Text) && sameYear(pub):
		return 2
	}
	return 0
}

// pubInterval is a publication date as a closed interval: an open end ("on
// or after 1 October 2025") is closed fifty years on.
func pubInterval(p timex.Published) timex.Interval {
	iv := p.Interval
	switch {
	case iv.Begin.IsZero() && iv.End.IsZero():
	case iv.End.IsZero():
		iv.End = iv.Begin.AddDate(50, 0, 0)
	case iv.Begin.IsZero():
		iv.Begin = iv.End.AddDate(-50, 0, 0)
	}
	return iv
}

// blockKeys picks, for every event claim, the participant its events are
// grouped by: the patient for once-frames ("the fall of Assad"), else the
// participant most often seen in the family across the story (so that
// "Sharaa met Putin" and "Putin received Sharaa" land in one block), else the
// article's own most frequent participant for the family.
func (s *Story) blockKeys() map[ClaimRef]int {
	s.onceKeyed = map[ClaimRef]bool{}
	freq := map[string]map[int]int{}
	for ai, x := range s.Extractions {
		for ci := range x.Claims {
			c := &x.Claims[ci]
			if !eventFrame(c.Predicate) {
				continue
			}
			fam := family(c.Predicate)
			if freq[fam] == nil {
				freq[fam] = map[int]int{}
			}
			for _, a := range []*claims.Arg{c.Subject, c.Object} {
				if e := s.argEntity(ai, a); e >= 0 && actorTypes[s.Entities[e].Type] {
					freq[fam][e]++
				}
			}
		}
	}
	keys := map[ClaimRef]int{}
	for ai, x := range s.Extractions {
		artFreq := map[string]map[int]int{}
		var pending []ClaimRef
		for ci := range x.Claims {
			c := &x.Claims[ci]
			if !eventFrame(c.Predicate) {
				continue
			}
			fam := family(c.Predicate)
			ref := ClaimRef{ai, ci}
			subj, obj := s.argEntity(ai, c.Subject), s.argEntity(ai, c.Object)
			if subj >= 0 && !actorTypes[s.Entities[subj].Type] {
				subj = -1
			}
			if obj >= 0 && (!actorTypes[s.Entities[obj].Type] || c.Place != nil && c.Place.Mention == c.Object.Mention) {
				obj = -1
			}
			key := -1
			patient := obj
			if patientSubject[c.Predicate] && subj >= 0 {
				patient = subj // "X died": the subject is the one it happens to ("X's death" has only an object)
			}
			switch {
			case onceFrames[c.Predicate] && patient >= 0 && s.Entities[patient].Type == "PERSON":
				key = patient // a person falls, dies or is killed once
				s.onceKeyed[ref] = true
			case subj >= 0 && obj >= 0:
				key = subj
				if freq[fam][obj] > freq[fam][subj] {
					key = obj
				}
			case subj >= 0:
				key = subj
			case obj >= 0:
				key = obj
			}
			if key < 0 {
				pending = append(pending, ref)
				continue
			}
			keys[ref] = key
			if artFreq[fam] == nil {
				artFreq[fam] = map[int]int{}
			}
			artFreq[fam][key]++
		}
		for _, ref := range pending {
			c := &x.Claims[ref.Claim]
			if c.Subject != nil || c.Object != nil {
				continue // someone named but not an entity ("Russian officials"): not the article's protagonist
			}
			fam := family(c.Predicate)
			best, bestN := -1, 0
			for e, n := range artFreq[fam] {
				if n > bestN || (n == bestN && e < best) {
					best, bestN = e, n
				}
			}
			if best >= 0 {
				keys[ref] = best
			}
		}
	}
	return keys
}

type blockID struct {
	fam string
	key int
}

// blockFamily is the family a claim's events are grouped in: its frame's
// family, marked "#once" when the claim is keyed by the person a once-event
// happens to ("Assad's fall", "X died"), so that the victim's death and the
// killings a killer commits never share a block.
func (s *Story) blockFamily(r ClaimRef) string {
	f := family(s.claim(r).Predicate)
	if s.onceKeyed[r] {
		return f + onceMark
	}
	return f
}

const onceMark = "#once"

func isOnceFamily(f string) bool { return strings.HasSuffix(f, onceMark) }

// buildEvents groups event claims into events. Claims with an explicit date
// join the event whose interval overlaps theirs most (narrowing it); claims
// dated only by their publication join an event around that date; undated
// claims with an ordinal join the event at that place in the series.
func (s *Story) buildEvents() {
	s.Events = nil
	s.eventOf = map[ClaimRef]int{}
	keys := s.blockKeys()
	blocks := map[blockID][]ClaimRef{}
	var order []blockID
	for ai, x := range s.Extractions {
		for ci := range x.Claims {
			ref := ClaimRef{ai, ci}
			k, ok := keys[ref]
			if !ok {
				continue
			}
			b := blockID{s.blockFamily(ref), k}
			if _, seen := blocks[b]; !seen {
				order = append(order, b)
			}
			blocks[b] = append(blocks[b], ref)
		}
	}
	for _, b := range order {
		s.clusterBlock(b, blocks[b])
	}
}

func (s *Story) clusterBlock(b blockID, refs []ClaimRef) {
	var events []Event
	strong := make([]ClaimRef, 0, len(refs))
	var weak, untimed []ClaimRef
	for _, r := range refs {
		switch s.strength(r) {
		case 2:
			strong = append(strong, r)
		case 1:
			weak = append(weak, r)
		default:
			untimed = append(untimed, r)
		}
	}
	width := func(iv timex.Interval) time.Duration { return iv.End.Sub(iv.Begin) }
	sort.SliceStable(strong, func(i, j int) bool {
		a, c := s.claim(strong[i]).Time.Interval, s.claim(strong[j]).Time.Interval
		if width(a) != width(c) {
			return width(a) < width(c)
		}
		return a.Begin.Before(c.Begin)
	})
	once := isOnceFamily(b.fam)
	for _, r := range strong {
		iv := s.claim(r).Time.Interval
		best, bestOv := -1, time.Duration(0)
		for i := range events {
			ov := overlap(events[i].Interval, iv)
			if ov > bestOv {
				best, bestOv = i, ov
			}
		}
		if best < 0 && once && len(events) > 0 {
			best = 0 // a once-event is one event; its dates are compared later
		}
		if best < 0 {
			events = append(events, Event{Family: b.fam, Key: b.key, Interval: iv})
			best = len(events) - 1
		} else if ov := intersect(events[best].Interval, iv); !ov.IsZero() {
			events[best].Interval = ov
		}
		// an event is dated by a date in a claim's own clause, not one
		// inherited from its paragraph
		if s.claim(r).Time.Source == "clause" {
			events[best].Dated = true
		}
		events[best].Claims = append(events[best].Claims, r)
	}
	// claims dated by publication only: the event they were reported right after
	for _, r := range weak {
		iv := s.claim(r).Time.Interval
		if pub := pubInterval(s.Extractions[r.Article].Published); !pub.IsZero() {
			iv = pub
		}
		window := timex.Interval{Begin: iv.Begin.AddDate(0, 0, -14), End: iv.End}
		best := -1
		for i := range events {
			if overlap(events[i].Interval, window) > 0 && (best < 0 || events[i].Interval.Begin.After(events[best].Interval.Begin)) {
				best = i
			}
		}
		if best < 0 && once && len(events) > 0 {
			best = 0
		}
		if best < 0 {
			events = append(events, Event{Family: b.fam, Key: b.key, Interval: s.claim(r).Time.Interval})
			best = len(events) - 1
		}
		events[best].Claims = append(events[best].Claims, r)
	}
	sort.SliceStable(events, func(i, j int) bool { return events[i].Interval.Begin.Before(events[j].Interval.Begin) })
	if seriesFam[b.fam] {
		// only events with a trusted date count: one known only from an
		// article's publication date may be a retelling of a dated one
		n := 0
		for i := range events {
			if events[i].Dated {
				n++
				events[i].Position = n
			}
		}
	}
	// undated claims: by ordinal, or into the only event of a once-frame
	for _, r := range untimed {
		c := s.claim(r)
		switch {
		case once && len(events) > 0:
			events[0].Claims = append(events[0].Claims, r)
		case c.Ordinal > 0 && seriesFam[b.fam]:
			for i := range events {
				if events[i].Position == c.Ordinal {
					events[i].Claims = append(events[i].Claims, r)
					break
				}
			}
		}
	}
	for i := range events {
		sort.Slice(events[i].Claims, func(a, c int) bool {
			x, y := events[i].Claims[a], events[i].Claims[c]
			if x.Article != y.Article {
				return x.Article < y.Article
			}
			return x.Claim < y.Claim
		})
		for _, r := range events[i].Claims {
			s.eventOf[r] = len(s.Events)
		}
		s.Events = append(s.Events, events[i])
	}
}

func overlap(a, b timex.Interval) time.Duration {
	if a.IsZero() || b.IsZero() {
		return 0
	}
	begin, end := a.Begin, a.End
	if b.Begin.After(begin) {
		begin = b.Begin
	}
	if b.End.Before(end) {
		end = b.End
	}
	if !end.After(begin) {
		return 0
	}
	return end.Sub(begin)
}

func intersect(a, b timex.Interval) timex.Interval {
	if overlap(a, b) <= 0 {
		return timex.Interval{}
	}
	begin, end := a.Begin, a.End
	if b.Begin.After(begin) {
		begin = b.Begin
	}
	if b.End.Before(end) {
		end = b.End
	}
	return timex.Interval{Begin: begin, End: end}
}
