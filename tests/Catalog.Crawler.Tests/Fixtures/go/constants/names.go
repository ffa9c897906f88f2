package tools

const (
	ReadToolName        = "read_file"
	pathParam           = "path"
	toolPrefix   string = "fs_"
)

const prefixNote = `[danger] `
