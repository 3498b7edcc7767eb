package corpus

import "sort"

// Span is a half-open byte range [Start, End) into an article's raw bytes.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Overlaps reports whether two spans share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// OffsetMap maps byte offsets in a normalized text back to the raw bytes it
// was made from. It is stored as breakpoints: from one breakpoint to the next
// the text is either copied unchanged (identity) or is the replacement of one
// raw run (a curly quote, an NBSP, a decomposed letter, an HTML entity). Raw
// bytes that were dropped (a CR, a zero-width space, markup) lie between runs.
//
// A start offset inside a replacement maps to the start of the raw run it
// replaced, an end offset to its end, so that a raw span never cuts a rune. An
// end offset at the start of a run maps to the end of the run before it, so
// that a span ending a line does not take in the dropped bytes after it.
type OffsetMap struct {
	norm []int32 // breakpoint offsets in the normalized text, ascending
	raw  []int32 // raw offset at each breakpoint
	stop []int32 // raw end of a replacement run (identity runs end where their length says)
	same []bool  // whether the run starting at the breakpoint is an identity copy
	rawN int     // length of the raw text
	nN   int     // length of the normalized text
}

// Raw maps a normalized offset, taken as the start of something, to a raw
// offset. Offsets are clamped to the text.
func (m *OffsetMap) Raw(n int) int {
	if m == nil || len(m.norm) == 0 {
		return n
	}
	n = max(0, min(n, m.nN))
	i := m.run(n)
	if i < 0 {
		return n
	}
	if m.same[i] {
		return int(m.raw[i]) + n - int(m.norm[i])
	}
	return int(m.raw[i])
}

// RawEnd maps a normalized offset, taken as the end of something, to a raw
// offset.
func (m *OffsetMap) RawEnd(n int) int {
	if m == nil || len(m.norm) == 0 {
		return n
	}
	n = max(0, min(n, m.nN))
	i := m.run(n)
	switch {
	case i < 0:
		return n
	case int(m.norm[i]) == n && i > 0:
		return m.end(i - 1)
	case int(m.norm[i]) == n:
		return int(m.raw[i])
	case m.same[i]:
		return int(m.raw[i]) + n - int(m.norm[i])
	}
	return int(m.stop[i])
}

// RawSpan maps a normalized range to the raw range it came from.
func (m *OffsetMap) RawSpan(start, end int) Span {
	s := m.Raw(start)
	return Span{Start: s, End: max(s, m.RawEnd(end))}
}

// run returns the index of the run holding n, or -1.
func (m *OffsetMap) run(n int) int {
	return sort.Search(len(m.norm), func(i int) bool { return int(m.norm[i]) > n }) - 1
}

// end returns the raw end of run i.
func (m *OffsetMap) end(i int) int {
	if !m.same[i] {
		return int(m.stop[i])
	}
	next := m.nN
	if i+1 < len(m.norm) {
		next = int(m.norm[i+1])
	}
	return int(m.raw[i]) + next - int(m.norm[i])
}

// Compose returns the map from inner's normalized text to m's raw text, for a
// text that was made in two steps: m maps an intermediate text (say, the text
// extracted from an HTML page) to the raw bytes, and inner maps the final text
// (the intermediate text normalized) to the intermediate one. A nil map is the
// identity.
func (m *OffsetMap) Compose(inner *OffsetMap) *OffsetMap {
	if m == nil || len(m.norm) == 0 {
		return inner
	}
	if inner == nil || len(inner.norm) == 0 {
		c := *m
		return &c
	}
	c := &OffsetMap{rawN: m.rawN, nN: inner.nN}
	for i := range inner.norm {
		t0 := int(inner.norm[i])
		t1 := inner.nN
		if i+1 < len(inner.norm) {
			t1 = int(inner.norm[i+1])
		}
		x0 := int(inner.raw[i])
		if !inner.same[i] || t0 >= t1 {
			c.add(t0, m.Raw(x0), m.RawEnd(inner.end(i)), false)
			continue
		}
		// an identity run of inner crosses one or more runs of m
		xa, xb := x0, x0+t1-t0
		k := m.run(xa)
		for xa < xb {
			t := t0 + xa - x0
			switch {
			case k < 0:
				// before m's first breakpoint: identity
				c.add(t, xa, 0, true)
				xa = min(xb, int(m.norm[0]))
			case xa >= m.nN:
				r := m.Raw(m.nN)
				c.add(t, r, r, false)
				xa = xb
			case m.same[k]:
				c.add(t, int(m.raw[k])+xa-int(m.norm[k]), 0, true)
			default:
				c.add(t, int(m.raw[k]), int(m.stop[k]), false)
			}
			if k >= 0 && xa < xb {
				next := m.nN
				if k+1 < len(m.norm) {
					next = int(m.norm[k+1])
				}
				xa = min(xb, max(next, xa+1))
			}
			k++
		}
	}
	c.add(c.nN, m.Raw(inner.Raw(c.nN)), 0, true)
	return c
}

// add records that normalized offset n starts a run at raw offset r; a
// replacement run's raw source ends at stop. A run that starts where the last
// one did replaces it (the last one was empty: its raw bytes were dropped).
func (m *OffsetMap) add(n, r, stop int, same bool) {
	k := len(m.norm)
	if k > 0 {
		// merge an identity run into the previous identity run with the same delta
		if same && m.same[k-1] && int(m.raw[k-1])-int(m.norm[k-1]) == r-n {
			return
		}
		if int(m.norm[k-1]) == n {
			m.raw[k-1], m.stop[k-1], m.same[k-1] = int32(r), int32(stop), same
			return
		}
	}
	m.norm = append(m.norm, int32(n))
	m.raw = append(m.raw, int32(r))
	m.stop = append(m.stop, int32(stop))
	m.same = append(m.same, same)
}
