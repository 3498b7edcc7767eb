package report

import (
	"encoding/json"
	"io"
	"strconv"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/corpus"
)

// Report is the JSON report. Field names and meanings are a contract
// (see ../shared/spec/report-json.md); fields may be added, never renamed.
type Report struct {
	Articles  []Article `json:"articles"`
	Timexes   []Timex   `json:"timexes"`
	Entities  []Entity  `json:"entities"`
	Claims    []Claim   `json:"claims"`
	Findings  []Finding `json:"findings"`
	Omissions []Finding `json:"omissions,omitempty"`
	Skipped   []Skipped `json:"skipped,omitempty"`
}

// Article is one input article and its publication date.
type Article struct {
	ID        string    `json:"id"`
	Path      string    `json:"path"`
	Line      int       `json:"line,omitempty"`
	Title     string    `json:"title,omitempty"`
	Outlet    string    `json:"outlet,omitempty"`
	URL       string    `json:"url,omitempty"`
	Published Published `json:"published"`
	Dateline  *Mention  `json:"dateline,omitempty"`
}

// Published is a publication date with its provenance.
type Published struct {
	Value    string `json:"value"`
	Source   string `json:"source"`
	Evidence string `json:"evidence,omitempty"`
	// Begin and End bound the date as an interval [begin, end) when known;
	// an open end is left out ("on or after 1 October 2025").
	Begin string `json:"begin,omitempty"`
	End   string `json:"end,omitempty"`
}

// Timex is a temporal expression.
type Timex struct {
	Article      string   `json:"article"`
	Start        int      `json:"start"`
	End          int      `json:"end"`
	Text         string   `json:"text"`
	Type         string   `json:"type"`
	Value        string   `json:"value"`
	Mod          string   `json:"mod"`
	Begin        string   `json:"begin,omitempty"`
	EndTime      string   `json:"until,omitempty"`
	Anchor       string   `json:"anchor,omitempty"`
	Alternatives []string `json:"alternatives,omitempty"`
}

// Mention is one naming of an entity.
type Mention struct {
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Title   string `json:"title,omitempty"`
}

// Entity is one thing named across the story.
type Entity struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Type     string    `json:"type"`
	Mentions []Mention `json:"mentions"`
}

// Time is a claim's time.
type Time struct {
	Value  string `json:"value"`
	Mod    string `json:"mod"`
	Source string `json:"source,omitempty"`
}

// Claim is one checkable statement.
type Claim struct {
	ID          string   `json:"id"`
	Article     string   `json:"article"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Text        string   `json:"text"`
	Subject     *string  `json:"subject"`
	Predicate   string   `json:"predicate"`
	Object      *string  `json:"object"`
	Objects     []string `json:"objects,omitempty"`
	Time        *Time    `json:"time"`
	Place       *string  `json:"place"`
	Ordinal     *int     `json:"ordinal"`
	Scope       *string  `json:"scope"`
	Negated     bool     `json:"negated"`
	Modality    string   `json:"modality"`
	Attribution *string  `json:"attribution"`
	Quote       string   `json:"quote,omitempty"`
	Trigger     string   `json:"trigger,omitempty"`
}

// Finding is one disagreement, with its verdict and reason.
type Finding struct {
	ID          string   `json:"id"`
	Topic       string   `json:"topic"`
	Verdict     string   `json:"verdict"`
	Claims      []string `json:"claims"`
	Values      []string `json:"values"`
	Explanation string   `json:"explanation"`
	Sides       []Side   `json:"sides"`
}

// Side is one value of a finding and the articles that give it.
type Side struct {
	Value    string   `json:"value"`
	Articles []string `json:"articles"`
	Claims   []string `json:"claims"`
	Quotes   []string `json:"quotes,omitempty"`
	// QuoteFrom is the article of each quote (for the HTML page).
	QuoteFrom []string `json:"-"`
}

// Skipped is an input left out with --skip-bad.
type Skipped struct {
	Path    string `json:"path"`
	Line    int    `json:"line,omitempty"`
	Message string `json:"message"`
}

// Build turns a story into the report structure. skipped lists the inputs
// that were left out.
func Build(s *compare.Story, skipped []*corpus.InputError) *Report {
	r := &Report{Articles: []Article{}, Timexes: []Timex{}, Entities: []Entity{}, Claims: []Claim{}, Findings: []Finding{}}
	ids := claimIDs(s)
	for ai, x := range s.Extractions {
		a := x.Article
		ra := Article{ID: a.ID, Path: a.Path, Title: a.HeadlineText(), Outlet: a.Outlet, URL: a.URL}
		if a.Line > 1 {
			ra.Line = a.Line
		}
		p := x.Published
		ra.Published = Published{Value: p.Value, Source: p.Source, Evidence: p.Evidence}
		if !p.Interval.Begin.IsZero() {
			ra.Published.Begin = p.Interval.Begin.Format("2006-01-02")
		}
		if !p.Interval.End.IsZero() {
			ra.Published.End = p.Interval.End.Format("2006-01-02")
		}
		if d := a.Dateline; d != nil {
			sp := a.RawSpan(d.Start, d.End)
			ra.Dateline = &Mention{Article: a.ID, Start: sp.Start, End: sp.End, Text: d.Place}
		}
		r.Articles = append(r.Articles, ra)
		for _, t := range x.Timexes {
			sp := a.RawSpan(t.Start, t.End)
			rt := Timex{Article: a.ID, Start: sp.Start, End: sp.End, Text: a.Raw[sp.Start:sp.End], Type: t.Type, Value: t.Value, Mod: t.Mod, Anchor: t.Anchor, Alternatives: t.Alternatives}
			if !t.Interval.IsZero() {
				rt.Begin, rt.EndTime = stamp(t.Interval.Begin), stamp(t.Interval.End)
			}
			r.Timexes = append(r.Timexes, rt)
		}
		for ci, c := range x.Claims {
			r.Claims = append(r.Claims, buildClaim(s, ai, c, ids[compare.ClaimRef{Article: ai, Claim: ci}]))
		}
	}
	for _, e := range s.Entities {
		re := Entity{ID: e.ID, Name: e.Name, Type: e.Type, Mentions: []Mention{}}
		for _, m := range e.Mentions {
			x := s.Extractions[m.Article]
			mm := x.Mentions[m.Mention]
			sp := x.Article.RawSpan(mm.Start, mm.End)
			re.Mentions = append(re.Mentions, Mention{Article: x.Article.ID, Start: sp.Start, End: sp.End, Text: x.Article.Raw[sp.Start:sp.End], Title: mm.Title})
		}
		r.Entities = append(r.Entities, re)
	}
	for _, f := range s.Findings {
		r.Findings = append(r.Findings, buildFinding(s, f, ids))
	}
	for _, f := range s.Omissions {
		r.Omissions = append(r.Omissions, buildFinding(s, f, ids))
	}
	for _, e := range skipped {
		r.Skipped = append(r.Skipped, Skipped{Path: e.Path, Line: e.Line, Message: e.Msg})
	}
	return r
}

func stamp(t interface{ Format(string) string }) string { return t.Format("2006-01-02T15:04:05") }

// claimIDs numbers claims c1, c2, ... in article order, then text order.
func claimIDs(s *compare.Story) map[compare.ClaimRef]string {
	ids := map[compare.ClaimRef]string{}
	n := 0
	for ai, x := range s.Extractions {
		for ci := range x.Claims {
			n++
			ids[compare.ClaimRef{Article: ai, Claim: ci}] = "c" + strconv.Itoa(n)
		}
	}
	return ids
}

func buildClaim(s *compare.Story, ai int, c claims.Claim, id string) Claim {
	x := s.Extractions[ai]
	a := x.Article
	sp := a.RawSpan(c.Start, c.End)
	rc := Claim{ID: id, Article: a.ID, Start: sp.Start, End: sp.End, Text: a.Raw[sp.Start:sp.End],
		Predicate: c.Predicate, Negated: c.Negated, Modality: c.Modality, Quote: c.Quote, Trigger: c.Trigger}
	rc.Subject = argRef(s, ai, c.Subject)
	rc.Object = argRef(s, ai, c.Object)
	rc.Place = argRef(s, ai, c.Place)
	for i := range c.Objects {
		if v := argRef(s, ai, &c.Objects[i]); v != nil {
			rc.Objects = append(rc.Objects, *v)
		}
	}
	if c.Time != nil && c.Time.Value != "" {
		rc.Time = &Time{Value: c.Time.Value, Mod: c.Time.Mod, Source: c.Time.Source}
	}
	if c.Ordinal != 0 {
		o := c.Ordinal
		rc.Ordinal = &o
	}
	if c.Scope != "" {
		sc := c.Scope
		rc.Scope = &sc
	}
	if c.Attribution != "" {
		at := c.Attribution
		rc.Attribution = &at
	}
	return rc
}

// argRef is an entity id for a mention argument, else the literal text.
func argRef(s *compare.Story, ai int, arg *claims.Arg) *string {
	if arg == nil {
		return nil
	}
	if arg.Mention >= 0 {
		if ei, ok := s.EntityOf[compare.MentionRef{Article: ai, Mention: arg.Mention}]; ok {
			id := s.Entities[ei].ID
			return &id
		}
	}
	t := arg.Text
	return &t
}

func buildFinding(s *compare.Story, f compare.Finding, ids map[compare.ClaimRef]string) Finding {
	rf := Finding{ID: f.ID, Topic: f.Topic, Verdict: f.Verdict, Explanation: f.Explanation, Claims: []string{}, Values: f.Values(), Sides: []Side{}}
	for _, sd := range f.Sides {
		side := Side{Value: sd.Value, Articles: []string{}, Claims: []string{}}
		for _, ai := range sd.Articles {
			side.Articles = append(side.Articles, s.Extractions[ai].Article.ID)
		}
		for _, c := range sd.Claims {
			id := ids[c]
			side.Claims = append(side.Claims, id)
			rf.Claims = append(rf.Claims, id)
			x := s.Extractions[c.Article]
			cl := x.Claims[c.Claim]
			sp := x.Article.RawSpan(cl.Start, cl.End)
			side.Quotes = append(side.Quotes, x.Article.Raw[sp.Start:sp.End])
			side.QuoteFrom = append(side.QuoteFrom, x.Article.ID)
		}
		rf.Sides = append(rf.Sides, side)
	}
	return rf
}

// WriteJSON writes the report as indented JSON.
func WriteJSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
