package timex

// spacedCode reports a four-digit number at i that is one part of an
// identifier written with spaced hyphens, as some news feeds print
// "CVE-2013-3893" ("CVE - 2013 - 3893"): a number after the hyphen that is
// no year (nor a two-digit year end, "1998 - 99"), or an acronym before the
// hyphen, or the part after such a code's number ("CVE - 2012 - 1875"). A span of two years ("1983 - 2005") stays a pair of years.
func (p *parser) spacedCode(i int) bool {
	if p.punct(i+1, "-") {
		if n := p.tok(i + 2); n != nil && n.kind == tNum && n.end-n.start >= 3 && !(n.end-n.start == 4 && n.num >= 1000 && n.num < 2100) {
			return true
		}
	}
	return p.codeAfter(i) || p.punct(i-1, "-") && p.tok(i-2) != nil && p.toks[i-2].kind == tNum && p.codeAfter(i-2)
}

// codeAfter reports a number at i after "ACRONYM -": the second part of a
// code ("CVE - 2013"); spacedCode also takes the part after it.
func (p *parser) codeAfter(i int) bool {
	a := p.tok(i - 2)
	return p.punct(i-1, "-") && a != nil && a.kind == tWord && a.upper
}
