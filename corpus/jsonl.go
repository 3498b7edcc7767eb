package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// record is one article in JSONL or JSON input. Other fields are ignored.
type record struct {
	ID        json.RawMessage `json:"id"`
	Title     *string         `json:"title"`
	Outlet    *string         `json:"outlet"`
	URL       *string         `json:"url"`
	Published *string         `json:"published"`
	Text      *string         `json:"text"`
}

func (r *record) article(path string, line int, fallbackID string) (*Article, *InputError) {
	if r.Text == nil {
		return nil, inputErr(path, line, `article has no "text" field`)
	}
	data := []byte(*r.Text)
	if err := checkText(path, line, data); err != nil {
		err.Line = line // offsets inside a JSON string are not file lines
		if strings.HasPrefix(err.Msg, "empty") {
			err.Msg = `empty "text": no article text`
		}
		return nil, err
	}
	a := &Article{ID: fallbackID, Path: path, Line: line, Raw: *r.Text}
	if id, err := jsonID(r.ID); err != nil {
		return nil, inputErr(path, line, "id: %v", err)
	} else if id != "" {
		a.ID = id
	}
	a.Title, a.Outlet, a.URL = str(r.Title), str(r.Outlet), str(r.URL)
	if p := str(r.Published); p != "" {
		v, err := NormalizeDate(p)
		if err != nil {
			return nil, inputErr(path, line, "published: %v", err)
		}
		a.Published, a.PublishedFrom = v, "published"
	}
	a.build(0)
	return a, nil
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return strings.TrimSpace(*p)
}

// jsonID accepts a string or a number.
func jsonID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return strings.TrimSpace(s), nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", fmt.Errorf("want a string or a number, got %s", raw)
}

// readJSONL reads one article per line. Blank lines are allowed; every bad
// line is reported with its line number and the good lines are still read.
func readJSONL(path string, opt Options) ([]*Article, []*InputError) {
	f, err := os.Open(path)
	if err != nil {
		return nil, []*InputError{inputErr(path, 0, "cannot read: %s", describeOSError(err))}
	}
	defer f.Close()
	max := opt.maxBytes()
	br := bufio.NewReaderSize(f, 64<<10)
	var arts []*Article
	var errs []*InputError
	stem := idFromPath(path)
	nonblank := 0
	for line := 1; ; line++ {
		data, tooLong, err := readLine(br, max)
		if err != nil && err != io.EOF {
			errs = append(errs, inputErr(path, line, "cannot read: %v", err))
			break
		}
		if tooLong {
			errs = append(errs, inputErr(path, line, "line is larger than the %s limit (raise it with --max-bytes)", humanBytes(max)))
		} else if len(bytes.TrimSpace(data)) > 0 {
			nonblank++
			if a, ierr := parseJSONLLine(path, line, data, fmt.Sprintf("%s-%d", stem, line)); ierr != nil {
				errs = append(errs, ierr)
			} else {
				arts = append(arts, a)
			}
		}
		if err == io.EOF {
			break
		}
	}
	if nonblank == 0 && len(errs) == 0 {
		errs = append(errs, inputErr(path, 0, "empty: no articles"))
	}
	return arts, errs
}

// readLine reads one line (without its newline), discarding the rest of a
// line longer than max.
func readLine(br *bufio.Reader, max int64) ([]byte, bool, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if int64(len(buf)+len(chunk)) <= max+1 {
			buf = append(buf, chunk...)
		} else {
			buf = buf[:0]
			// drain the rest of the line
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return nil, true, err
			}
			return nil, true, err
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), false, err
	}
}

func parseJSONLLine(path string, line int, data []byte, fallbackID string) (*Article, *InputError) {
	if !bytes.HasPrefix(bytes.TrimSpace(data), []byte("{")) {
		return nil, inputErr(path, line, "not a JSON object (each line of a .jsonl file is one article object)")
	}
	var r record
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&r); err != nil {
		return nil, inputErr(path, line, "malformed JSON: %s", jsonMsg(err, data))
	}
	if dec.More() {
		return nil, inputErr(path, line, "malformed JSON: text after the object")
	}
	return r.article(path, line, fallbackID)
}

func jsonMsg(err error, data []byte) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%s (column %d)", se.Error(), se.Offset)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("field %q: want %s, got %s", te.Field, te.Type, te.Value)
	}
	return err.Error()
}

// parseJSON reads a .json file: one article object or an array of them.
func parseJSON(path string, data []byte) ([]*Article, []*InputError) {
	if err := checkText(path, 1, data); err != nil {
		return nil, []*InputError{err}
	}
	trim := bytes.TrimSpace(data)
	lineOf := func(off int64) int { return 1 + bytes.Count(data[:min(int(off), len(data))], []byte{'\n'}) }
	stem := idFromPath(path)
	if len(trim) > 0 && trim[0] == '[' {
		var raws []json.RawMessage
		if err := json.Unmarshal(data, &raws); err != nil {
			return nil, []*InputError{inputErr(path, errLine(err, lineOf), "malformed JSON: %s", jsonMsg(err, data))}
		}
		var arts []*Article
		var errs []*InputError
		// find each element's line for messages
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.Token() // [
		for i := range raws {
			off := int(dec.InputOffset())
			for off < len(data) && strings.IndexByte(" \t\r\n,", data[off]) >= 0 {
				off++
			}
			line := lineOf(int64(off))
			var skip json.RawMessage
			if dec.Decode(&skip) != nil {
				break
			}
			var r record
			if err := json.Unmarshal(raws[i], &r); err != nil {
				errs = append(errs, inputErr(path, line, "article %d: %s", i+1, jsonMsg(err, raws[i])))
				continue
			}
			a, ierr := r.article(path, line, fmt.Sprintf("%s-%d", stem, i+1))
			if ierr != nil {
				ierr.Msg = fmt.Sprintf("article %d: %s", i+1, ierr.Msg)
				errs = append(errs, ierr)
				continue
			}
			arts = append(arts, a)
		}
		if len(raws) == 0 {
			errs = append(errs, inputErr(path, 1, "empty: the array holds no articles"))
		}
		return arts, errs
	}
	var r record
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, []*InputError{inputErr(path, errLine(err, lineOf), "malformed JSON: %s", jsonMsg(err, data))}
	}
	a, ierr := r.article(path, 1, stem)
	if ierr != nil {
		return nil, []*InputError{ierr}
	}
	return []*Article{a}, nil
}

func errLine(err error, lineOf func(int64) int) int {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return lineOf(se.Offset)
	}
	return 1
}
