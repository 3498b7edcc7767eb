package corpus

// ParseHTML reads one HTML article. (Main-text extraction lands separately.)
func ParseHTML(path string, data []byte) (*Article, *InputError) {
	return nil, inputErr(path, 0, "HTML input is not supported yet")
}
