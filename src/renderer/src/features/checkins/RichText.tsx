import { Fragment } from 'react'
import { parseRichText, type InlineSegment } from '../../../../shared/domain/checkins/rich-text'

function Inline(props: { segments: InlineSegment[] }) {
  return (
    <>
      {props.segments.map((segment, index) =>
        segment.isBold ? (
          <strong key={index}>{segment.text}</strong>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  )
}

/** Notes as written: **bold**, bullet and numbered lists, paragraphs. */
export function RichText(props: { text: string; className?: string }) {
  const blocks = parseRichText(props.text)
  return (
    <div className={props.className ? `rich-text ${props.className}` : 'rich-text'}>
      {blocks.map((block, index) => {
        if (block.kind === 'paragraph')
          return (
            <p key={index}>
              {block.lines.map((line, n) => (
                <Fragment key={n}>
                  {n > 0 ? <br /> : null}
                  <Inline segments={line} />
                </Fragment>
              ))}
            </p>
          )
        const List = block.kind === 'bullets' ? 'ul' : 'ol'
        return (
          <List key={index}>
            {block.items.map((item, n) => (
              <li key={n}>
                <Inline segments={item} />
              </li>
            ))}
          </List>
        )
      })}
    </div>
  )
}
