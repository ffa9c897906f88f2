from mcp.types import Tool

PRINT_TOOL = "printer_print"


class PrinterTool:
    def __init__(self, tool_name: str):
        self.name = tool_name

    def describe(self) -> Tool:
        raise NotImplementedError()


class PrintHandler(PrinterTool):
    def __init__(self):
        super().__init__(PRINT_TOOL)

    def describe(self):
        return Tool(
            name=self.name,
            description="Print a document on the office printer.",
            inputSchema={"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]},
        )


class ScanHandler(PrinterTool):
    def __init__(self):
        super().__init__("printer_scan")

    def describe(self):
        return Tool(
            name=self.name,
            description=(
                "Scan the page on the glass "
                "into a PDF."
            ),
            inputSchema={"type": "object", "properties": {}},
        )


class QueueHandler:
    """Names itself with a class attribute."""

    name = "printer_queue"
    max_jobs = 20

    def describe(self):
        return Tool(
            name=self.name,
            description=f"Show the print queue (at most {self.max_jobs} jobs)",
            inputSchema={"type": "object", "properties": {}},
        )


class TonerHandler:
    def __init__(self, label):
        self.name = "printer_toner"
        self.label = label

    def describe(self):
        return Tool(name=self.name, description="Report the toner level.", inputSchema={"type": "object"})


class UnnamedHandler:
    def describe(self, name):
        return Tool(name=self.name, description="The name is only known at run time.")
