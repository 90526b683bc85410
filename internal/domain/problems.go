package domain

// Problems gathers what is wrong with an input as it is read: one message
// per field (the first found, which is the one to fix first), in the order
// found. The zero value is ready to use.
type Problems struct {
	list []Problem
	seen map[string]bool
}

// Add records message under field, unless field has a problem already.
func (p *Problems) Add(field, message string) {
	if p.seen == nil {
		p.seen = map[string]bool{}
	}
	if p.seen[field] {
		return
	}
	p.seen[field] = true
	p.list = append(p.list, Problem{Field: field, Message: message})
}

// Any reports whether a problem was found.
func (p *Problems) Any() bool { return len(p.list) > 0 }

// List returns the problems found, in order.
func (p *Problems) List() []Problem { return p.list }

// Err is the Invalid error listing the problems under message, or nil when
// there are none.
func (p *Problems) Err(message string) error {
	if !p.Any() {
		return nil
	}
	return InvalidInput(message, p.list)
}
