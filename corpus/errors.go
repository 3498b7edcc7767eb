package corpus

import "fmt"

// InputError is a problem with one input: the file, the line (1-based, 0 when
// the whole file is at fault) and what is wrong. Its Error form is the
// "file:line: message" that editors and CI logs understand.
type InputError struct {
	Path string `json:"path"`
	Line int    `json:"line,omitempty"`
	Msg  string `json:"message"`
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

func inputErr(path string, line int, format string, args ...any) *InputError {
	return &InputError{Path: path, Line: line, Msg: fmt.Sprintf(format, args...)}
}
