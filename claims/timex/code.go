package timex

// codePart reports a four-digit number at i that is a part of an identifier
// written with spaced hyphens: after an upper-case code and a hyphen ("CVE -
// 2013 - 3893", "ISO - 2022") or before a hyphen and a number that is
// neither a year nor a year's last two digits ("2013 - 3893"). Unspaced
// codes ("555-2015") are caught by yearNum itself. "1983 - 2005" and "1998 -
// 99" stay ranges of years.
func (p *parser) codePart(i int) bool {
	if p.punct(i-1, "-") && p.tok(i-2) != nil && p.toks[i-2].kind == tWord && p.toks[i-2].upper {
		return true
	}
	// the part after such a code's number: "1875" of "CVE - 2019 - 1875"
	if p.punct(i-1, "-") && p.tok(i-2) != nil && p.toks[i-2].kind == tNum && p.punct(i-3, "-") && p.tok(i-4) != nil && p.toks[i-4].kind == tWord && p.toks[i-4].upper {
		return true
	}
	if p.punct(i+1, "-") && p.tok(i+2) != nil && p.toks[i+2].kind == tNum {
		n := p.toks[i+2]
		if l := n.end - n.start; l >= 3 && !(l == 4 && n.num >= 1000 && n.num < 2100) {
			return true
		}
	}
	return false
}
