"""Conformance of pmlint-lsp against an independent client.

pytest-lsp (pygls and lsprotocol) decodes every message the server sends into the LSP 3.17
types and checks results against the capabilities of real clients; a message that does not
fit fails the test. Run by LanguageServerTests (ConformanceTests.swift) with PMLINT_LSP set
to the built executable.
"""

import os
import pathlib

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

SERVER = [os.environ.get("PMLINT_LSP", "pmlint-lsp")]
FIXTURE = pathlib.Path(__file__).with_name("postmortem.md")
URI = FIXTURE.resolve().as_uri()
TEXT = FIXTURE.read_text(encoding="utf-8")


def position_of(text: str, needle: str) -> types.Position:
    """The UTF-16 position of the first occurrence of needle."""
    before = text[: text.index(needle)]
    line = before.count("\n")
    column = before.rsplit("\n", 1)[-1]
    return types.Position(line=line, character=len(column.encode("utf-16-le")) // 2)


def open_fixture(client: LanguageClient) -> None:
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=URI, language_id="markdown", version=1, text=TEXT)
        )
    )


def accept_registrations(client: LanguageClient) -> None:
    """Keeps what the server registers (the configuration file watcher), as editors do."""
    client.registrations = []

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):
        client.registrations.extend(params.registrations)


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER))
async def vscode(lsp_client: LanguageClient):
    """Visual Studio Code's capabilities, with diagnostics pulled as its later versions do."""
    accept_registrations(lsp_client)
    capabilities = client_capabilities("visual-studio-code")
    capabilities.text_document.diagnostic = types.DiagnosticClientCapabilities(dynamic_registration=False)
    await lsp_client.initialize_session(types.InitializeParams(capabilities=capabilities, root_uri=FIXTURE.parent.as_uri()))
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER))
async def emacs(lsp_client: LanguageClient):
    """Emacs: diagnostics pushed, and UTF-8 positions offered."""
    accept_registrations(lsp_client)
    await lsp_client.initialize_session(types.InitializeParams(capabilities=client_capabilities("emacs")))
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_pushed_diagnostics_and_incremental_change(emacs: LanguageClient):
    open_fixture(emacs)
    await emacs.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    emacs.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
                    text="<!-- draft -->\n",
                )
            ],
        )
    )
    await emacs.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert [registration.method for registration in emacs.registrations] == ["workspace/didChangeWatchedFiles"]
    assert URI in emacs.diagnostics
    for diagnostic in emacs.diagnostics[URI]:
        assert diagnostic.source == "pmlint"
        assert diagnostic.code.startswith("PM")


@pytest.mark.asyncio
async def test_pulled_diagnostics(vscode: LanguageClient):
    open_fixture(vscode)
    first = await vscode.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=URI))
    )
    assert first.kind == "full"
    again = await vscode.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=URI), previous_result_id=first.result_id)
    )
    assert again.kind == "unchanged"
    assert URI not in vscode.diagnostics, "a pulling client must not also get pushed diagnostics"


@pytest.mark.asyncio
async def test_code_actions(vscode: LanguageClient):
    open_fixture(vscode)
    report = await vscode.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=URI))
    )
    whole = types.Range(start=types.Position(line=0, character=0), end=types.Position(line=len(TEXT.splitlines()), character=0))
    actions = await vscode.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=URI),
            range=whole,
            context=types.CodeActionContext(diagnostics=report.items),
        )
    )
    for diagnostic in report.items:
        assert any(action.title == f"Disable {diagnostic.code} for this line" for action in actions)


@pytest.mark.asyncio
async def test_completion_and_resolve(vscode: LanguageClient):
    open_fixture(vscode)
    heading = await vscode.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=URI), position=position_of(TEXT, "## Summary"))
    )
    assert heading is not None
    snippets = await vscode.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(line=len(TEXT.splitlines()), character=0))
    )
    templates = [item for item in snippets.items if item.data is not None]
    assert templates, "the postmortem templates are offered as snippets"
    resolved = await vscode.completion_item_resolve_async(templates[0])
    assert resolved.documentation is not None


@pytest.mark.asyncio
async def test_navigation(vscode: LanguageClient):
    open_fixture(vscode)
    document = types.TextDocumentIdentifier(uri=URI)
    # The content is checked against the engine by the Swift tests; here every answer must
    # decode as its LSP type, which pygls enforces.
    await vscode.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=document))
    await vscode.text_document_folding_range_async(types.FoldingRangeParams(text_document=document))
    whole = types.Range(start=types.Position(line=0, character=0), end=types.Position(line=len(TEXT.splitlines()), character=0))
    await vscode.text_document_inlay_hint_async(types.InlayHintParams(text_document=document, range=whole))
    await vscode.text_document_code_lens_async(types.CodeLensParams(text_document=document))
    await vscode.text_document_hover_async(types.HoverParams(text_document=document, position=position_of(TEXT, "14:31")))


@pytest.mark.asyncio
async def test_configuration_change(vscode: LanguageClient):
    open_fixture(vscode)
    vscode.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"pmlint": {"profile": "external"}})
    )
    report = await vscode.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=URI))
    )
    assert report.kind == "full"
