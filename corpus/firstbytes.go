package corpus

import (
	"regexp"
	"regexp/syntax"
	"unicode"
)

// gatedRegexp is a regular expression anchored at the start of the text,
// with the set of bytes a match can start with, so that most lines are
// turned away without running the matcher (page-furniture patterns start
// with a handful of words; article lines start with anything).
type gatedRegexp struct {
	re    *regexp.Regexp
	first [256]bool
}

func (g *gatedRegexp) MatchString(s string) bool {
	if s == "" {
		return g.re.MatchString(s)
	}
	return g.first[s[0]] && g.re.MatchString(s)
}

// compileGated compiles pattern (anchored by the caller) and computes the
// bytes its matches can start with; when that cannot be told, every byte.
func compileGated(pattern string) *gatedRegexp {
	g := &gatedRegexp{re: regexp.MustCompile(pattern)}
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		g.all()
		return g
	}
	set, nullable := firstSet(re.Simplify())
	if nullable || set == nil {
		g.all()
		return g
	}
	for _, r := range set {
		if r < 0x80 {
			g.first[r] = true
		} else {
			// any lead byte of a multi-byte rune
			for b := 0xC0; b < 0x100; b++ {
				g.first[b] = true
			}
		}
	}
	return g
}

func (g *gatedRegexp) all() {
	for i := range g.first {
		g.first[i] = true
	}
}

// firstSet returns the runes a match of re can start with (nil: any) and
// whether re can match the empty string.
func firstSet(re *syntax.Regexp) ([]rune, bool) {
	fold := re.Flags&syntax.FoldCase != 0
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []rune{}, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return []rune{}, true
		}
		return withFold([]rune{re.Rune[0]}, fold), false
	case syntax.OpCharClass:
		var out []rune
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 256 {
				return nil, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, r)
			}
		}
		return out, false
	case syntax.OpCapture, syntax.OpPlus:
		return firstSet(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		s, _ := firstSet(re.Sub[0])
		return s, true
	case syntax.OpRepeat:
		s, n := firstSet(re.Sub[0])
		return s, n || re.Min == 0
	case syntax.OpAlternate:
		out := []rune{}
		nullable := false
		for _, sub := range re.Sub {
			s, n := firstSet(sub)
			if s == nil {
				return nil, false
			}
			out = append(out, s...)
			nullable = nullable || n
		}
		return out, nullable
	case syntax.OpConcat:
		out := []rune{}
		for _, sub := range re.Sub {
			s, n := firstSet(sub)
			if s == nil {
				return nil, false
			}
			out = append(out, s...)
			if !n {
				return out, false
			}
		}
		return out, true
	}
	return nil, false
}

func withFold(rs []rune, fold bool) []rune {
	if !fold {
		return rs
	}
	var out []rune
	for _, r := range rs {
		out = append(out, r)
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			out = append(out, f)
		}
	}
	return out
}
