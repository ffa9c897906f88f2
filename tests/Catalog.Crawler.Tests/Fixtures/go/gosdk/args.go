package main

type Mode string

type Base struct {
	Verbose bool `json:"verbose,omitempty" jsonschema:"print more"`
}

type HiArgs struct {
	Base
	Name     string            `json:"name" jsonschema:"the name of the person to greet"`
	Mode     Mode              `json:"mode,omitzero"`
	Tags     []string          `json:"tags,omitempty"`
	Extra    map[string]string `json:"extra,omitempty"`
	Age      *int              `json:"age"`
	Ignored  string            `json:"-"`
	internal string
	NoTag    float64
	A, B     int `json:",omitempty"`
	Inner    struct {
		Deep string `json:"deep"`
	} `json:"inner"`
	Self *HiArgs `json:"self,omitempty"`
}

type LegacyArgs struct {
	ID string `json:"id"`
}

type service struct{}

func (s *service) lookup(ctx context.Context, req *mcp.CallToolRequest, args LookupArgs) (*mcp.CallToolResult, any, error) {
	return nil, nil, nil
}

type (
	LookupArgs struct {
		Key string `json:"key" jsonschema:"record key"`
	}
	unused int
)
