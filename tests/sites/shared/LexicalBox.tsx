/** @jsxImportSource react */
// A Lexical editor as Facebook and Instagram render it: a contenteditable div with role=textbox,
// aria-label and data-lexical-editor="true" (set by Lexical itself), paragraphs as <p>. Options
// reproduce what the sites do on top: Enter submits in comment boxes (Shift+Enter is a newline),
// dropped/pasted images become attachments, and Business Suite keeps a \u200B in its text.
import { useEffect, useRef, useState, type MutableRefObject } from 'react';
import { $createParagraphNode, $createTextNode, $getRoot, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND } from 'lexical';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';

export interface LexicalBoxHandle {
  /** Empties the editor (back to the \u200B paragraph in zero-width mode) as the sites do after sending. */
  clear(): void;
  focus(): void;
  /** The current text, read from the editor state (not from the last React render). */
  getText(): string;
}

export interface LexicalBoxProps {
  ariaLabel: string;
  placeholder: string;
  /** Called for Enter without Shift (not during IME composition); return true when it submitted. */
  onEnter?: (event: KeyboardEvent) => boolean;
  /** Images/videos dropped on or pasted into the editor. */
  onFiles?: (files: File[]) => void;
  onText(text: string): void;
  /** Keep a zero-width space in the text, as Business Suite's composer does. */
  zeroWidth?: boolean;
  handle?: MutableRefObject<LexicalBoxHandle | null>;
  className?: string;
  autoFocus?: boolean;
}

const ZWSP = '\u200B';

/** The draft as the site would send it: paragraphs joined by '\n' (line breaks inside stay '\n'). */
function readText(): string {
  return $getRoot()
    .getChildren()
    .map((block) => block.getTextContent())
    .join('\n');
}

function seed(zeroWidth: boolean): void {
  const root = $getRoot();
  root.clear();
  const paragraph = $createParagraphNode();
  if (zeroWidth) paragraph.append($createTextNode(ZWSP));
  root.append(paragraph);
}

function Behaviour(props: LexicalBoxProps) {
  const [editor] = useLexicalComposerContext();
  // Handlers change on every render of the app; the editor listeners are registered once.
  const latest = useRef(props);
  latest.current = props;
  const zeroWidth = props.zeroWidth ?? false;

  useEffect(() => {
    const { handle } = latest.current;
    if (handle) {
      handle.current = {
        clear: () => editor.update(() => seed(zeroWidth)),
        focus: () => editor.focus(),
        getText: () => editor.getEditorState().read(readText),
      };
    }
    if (latest.current.autoFocus) editor.focus();
  }, [editor, zeroWidth]);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => latest.current.onText(editorState.read(readText))),
        editor.registerCommand(
          KEY_ENTER_COMMAND,
          (event: KeyboardEvent | null) => {
            const { onEnter } = latest.current;
            if (!onEnter || !event || event.shiftKey || event.isComposing) return false;
            event.preventDefault();
            onEnter(event);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DRAG_DROP_PASTE,
          (files: File[]) => {
            const media = files.filter((f) => /^(image|video)\//.test(f.type));
            const { onFiles } = latest.current;
            if (!onFiles || media.length === 0) return false;
            onFiles(media);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}

export function LexicalBox(props: LexicalBoxProps) {
  const zeroWidth = props.zeroWidth ?? false;
  const [text, setText] = useState('');
  const onText = (value: string) => {
    setText(value);
    props.onText(value);
  };
  // Placeholder drawn by us: Lexical's own one hides as soon as the \u200B is in the text.
  const showPlaceholder = text.replaceAll(ZWSP, '') === '';
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'replica',
        onError: (error: Error) => {
          throw error;
        },
        theme: { paragraph: 'lx-p' },
        editorState: () => seed(zeroWidth),
      }}
    >
      <div className={`lx-wrap ${props.className ?? ''}`}>
        <RichTextPlugin
          contentEditable={<ContentEditable className="lx-editable" aria-label={props.ariaLabel} spellCheck />}
          ErrorBoundary={LexicalErrorBoundary}
        />
        {showPlaceholder && (
          <div className="lx-placeholder" aria-hidden="true">
            {props.placeholder}
          </div>
        )}
      </div>
      <HistoryPlugin />
      <Behaviour {...props} onText={onText} />
    </LexicalComposer>
  );
}
