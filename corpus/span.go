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
// was made from. It is stored as breakpoints: between two breakpoints the
// text is either copied unchanged (identity) or is the replacement of one raw
// run (a curly quote, an NBSP, a decomposed letter). An offset inside a
// replacement maps to the start of the raw run it replaced.
type OffsetMap struct {
	norm []int32 // breakpoint offsets in the normalized text, ascending
	raw  []int32 // raw offset at each breakpoint
	same []bool  // whether the run starting at the breakpoint is an identity copy
	rawN int     // length of the raw text
	nN   int     // length of the normalized text
}

// Raw maps a normalized offset to a raw offset. Offsets at or past the end of
// the normalized text map to the end of the raw text.
func (m *OffsetMap) Raw(n int) int {
	if m == nil || len(m.norm) == 0 {
		return n
	}
	if n >= m.nN {
		return m.rawN
	}
	if n <= 0 {
		return 0
	}
	i := sort.Search(len(m.norm), func(i int) bool { return int(m.norm[i]) > n }) - 1
	if i < 0 {
		return n
	}
	if m.same[i] {
		return int(m.raw[i]) + n - int(m.norm[i])
	}
	return int(m.raw[i])
}

// RawSpan maps a normalized range to the raw range it came from.
func (m *OffsetMap) RawSpan(start, end int) Span {
	return Span{Start: m.Raw(start), End: m.rawEnd(end)}
}

// rawEnd maps an end offset: an end inside a replacement run covers the whole
// raw run, so that raw[start:end] never cuts a multi-byte rune in half.
func (m *OffsetMap) rawEnd(n int) int {
	if m == nil || len(m.norm) == 0 {
		return n
	}
	if n >= m.nN {
		return m.rawN
	}
	i := sort.Search(len(m.norm), func(i int) bool { return int(m.norm[i]) > n }) - 1
	if i < 0 {
		return n
	}
	if m.same[i] || int(m.norm[i]) == n {
		return m.Raw(n)
	}
	if i+1 < len(m.raw) {
		return int(m.raw[i+1])
	}
	return m.rawN
}

// add records that normalized offset n starts a run at raw offset r.
func (m *OffsetMap) add(n, r int, same bool) {
	k := len(m.norm)
	if k > 0 {
		// merge an identity run into the previous identity run with the same delta
		if same && m.same[k-1] && int(m.raw[k-1])-int(m.norm[k-1]) == r-n {
			return
		}
		if int(m.norm[k-1]) == n {
			m.raw[k-1], m.same[k-1] = int32(r), same
			return
		}
	}
	m.norm = append(m.norm, int32(n))
	m.raw = append(m.raw, int32(r))
	m.same = append(m.same, same)
}
