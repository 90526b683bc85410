package pdf

import (
	"strings"

	"github.com/nq57/nq57/internal/report"
)

// piece is text in one style, measured.
type piece struct {
	text string
	st   style
	w    float64
}

// word is text between spaces; its pieces may differ in style ("**Lưu**:").
type word struct {
	pieces []piece
	w      float64 // width of the pieces
	gap    float64 // width of the spaces before it, dropped at a line start
	hard   bool    // a line break precedes it
}

// line is one laid-out line.
type line struct {
	words []word
	w     float64 // natural width
	last  bool    // last line of a paragraph or before a hard break: not justified
}

// align is the horizontal alignment of lines.
type align int

const (
	alignLeft align = iota
	alignCenter
	alignJustify
)

// words splits runs into measured words. base is added to every run's style.
func (fs fonts) words(runs []report.Run, base style, size float64) []word {
	var out []word
	var cur word
	gap, hard := 0.0, false
	flush := func() {
		if len(cur.pieces) > 0 {
			cur.gap, cur.hard = gap, hard
			out = append(out, cur)
			gap, hard = 0, false
		}
		cur = word{}
	}
	for _, r := range runs {
		st := base
		st.Bold, st.Italic = st.Bold || r.Bold, st.Italic || r.Italic
		space := fs.width(" ", st, size)
		text := fs.drawable(r.Text, st)
		for len(text) > 0 {
			i := strings.IndexAny(text, " \n")
			if i < 0 {
				i = len(text)
			}
			if i > 0 {
				w := fs.width(text[:i], st, size)
				cur.pieces = append(cur.pieces, piece{text: text[:i], st: st, w: w})
				cur.w += w
			}
			if i == len(text) {
				break
			}
			flush()
			if text[i] == '\n' {
				gap, hard = 0, true
			} else {
				gap += space
			}
			text = text[i+1:]
		}
	}
	flush()
	return out
}

// breakLines fills lines greedily: the first line is first wide, the others rest.
func breakLines(ws []word, first, rest float64, fs fonts, size float64) []line {
	var lines []line
	cur := line{}
	avail := first
	end := func(last bool) {
		cur.last = last
		lines = append(lines, cur)
		cur, avail = line{}, rest
	}
	for _, w := range ws {
		if w.hard && len(cur.words) > 0 {
			end(true)
		}
		if len(cur.words) > 0 && cur.w+w.gap+w.w > avail {
			end(false)
		}
		if len(cur.words) == 0 && w.w > avail {
			parts := splitWord(w, avail, fs, size)
			for _, p := range parts[:len(parts)-1] {
				cur.words, cur.w = []word{p}, p.w
				end(false)
			}
			w = parts[len(parts)-1]
		}
		if len(cur.words) == 0 {
			w.gap = 0
			cur.w = w.w
		} else {
			cur.w += w.gap + w.w
		}
		cur.words = append(cur.words, w)
	}
	if len(cur.words) > 0 || len(lines) == 0 {
		end(true)
	}
	return lines
}

// splitWord cuts a word wider than the line (a long link) into line-wide parts.
func splitWord(w word, avail float64, fs fonts, size float64) []word {
	var parts []word
	cur := word{}
	for _, p := range w.pieces {
		for _, r := range p.text {
			s := string(r)
			rw := fs.width(s, p.st, size)
			if cur.w+rw > avail && cur.w > 0 {
				parts = append(parts, cur)
				cur = word{}
			}
			cur.addRune(s, p.st, rw)
		}
	}
	parts = append(parts, cur)
	parts[0].gap, parts[0].hard = w.gap, w.hard
	return parts
}

// addRune appends a character, extending the last piece when the style matches.
func (w *word) addRune(s string, st style, rw float64) {
	n := len(w.pieces)
	if n > 0 && w.pieces[n-1].st == st {
		w.pieces[n-1].text += s
		w.pieces[n-1].w += rw
	} else {
		w.pieces = append(w.pieces, piece{text: s, st: st, w: rw})
	}
	w.w += rw
}

// drawLine draws l with its left edge at x in a box width wide.
func (d *doc) drawLine(l line, x, baseline, width float64, al align, size float64) {
	extra := 0.0
	switch {
	case al == alignJustify && !l.last && len(l.words) > 1:
		extra = (width - l.w) / float64(len(l.words)-1)
	case al == alignCenter:
		x += (width - l.w) / 2
	}
	for i, w := range l.words {
		if i > 0 {
			x += w.gap + extra
		}
		for _, p := range w.pieces {
			d.pdf.SetFont(family, p.st.fontStyle(), size)
			d.pdf.Text(x, baseline, p.text)
			x += p.w
		}
	}
}

// oneLine is a single piece of text as a line, kept as written (runs of
// spaces included), for centred lines such as "Số      -BC/ĐU".
func (fs fonts) oneLine(text string, st style, size float64) line {
	text = fs.drawable(text, st)
	w := fs.width(text, st, size)
	return line{words: []word{{pieces: []piece{{text: text, st: st, w: w}}, w: w}}, w: w, last: true}
}

// textLines lays out text in one style: as one line if it fits, else wrapped.
func (fs fonts) textLines(text string, st style, size, width float64) []line {
	if l := fs.oneLine(text, st, size); l.w <= width && !strings.Contains(text, "\n") {
		return []line{l}
	}
	ws := fs.words([]report.Run{{Text: text}}, st, size)
	return breakLines(ws, width, width, fs, size)
}

// balanced wraps text centred into as many lines as the full width needs, but
// with lines of even length (a two-line title that is not one long line and a
// stub).
func (fs fonts) balanced(text string, st style, size, width float64) []line {
	lines := fs.textLines(text, st, size, width)
	if len(lines) < 2 {
		return lines
	}
	lo, hi := width/float64(len(lines)), width
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if len(fs.textLines(text, st, size, mid)) > len(lines) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return fs.textLines(text, st, size, hi)
}
