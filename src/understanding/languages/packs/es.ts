import type { LanguagePack } from '../language-pack.js';

/** Spanish. */
export const es: LanguagePack = {
  code: 'es',
  name: 'Spanish',
  onlyThis: ['solo', 'sólo', 'solamente', 'únicamente', 'unicamente'],
  erase: [
    'borr', 'elimin', 'suprim', 'supresión', 'supresion', 'quit', 'cancel', 'dar de baja', 'darme de baja',
    'destru', 'olvid', 'desactiv', 'cerrar mi cuenta',
  ],
  data: [
    'datos', 'datos personales', 'información', 'informacion', 'info', 'historial', 'registros', 'contenido', 'tokens',
    'todo',
  ],
  account: ['cuenta', 'perfil', 'conexión', 'conexion', 'acceso', 'usuario'],
  privacy: [
    'privacidad', 'rgpd', 'lopd', 'derecho de supresión', 'derecho de supresion', 'derecho al olvido',
    'solicitud de eliminación', 'solicitud de supresión', 'protección de datos', 'proteccion de datos', 'artículo 17',
  ],
  mine: ['mi', 'mis', 'mío', 'mio', 'mía', 'mia', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'me', 'yo'],
  opposite: [
    'cambié de opinión', 'cambie de opinion',
    'no borren', 'no borres', 'no eliminen', 'no elimines', 'no borrar', 'no eliminar', 'no quiero que borren',
    'no quiero que eliminen', 'mantengan mi cuenta', 'conserven mi cuenta', 'yo no pedí', 'yo no lo pedí', 'no lo solicité',
    'nunca pedí', 'no fui yo', 'cancelar mi solicitud', 'cancelen mi solicitud', 'retiro mi solicitud',
    'sigo usando', 'todavía la uso',
  ],
  contrast: ['pero ahora', 'sin embargo ahora', 'ahora sí', 'ahora si', 'pero hoy'],
  nowOpens: ['ahora'],
  complement: ['que'],
  condition: ['si', 'en caso de que'],
  othersAsk: ['alguien', 'un desconocido', 'hacker', 'hackeado', 'recibimos una solicitud', 'recibido una solicitud', 'se solicitó'],
  done: [
    'borraron', 'eliminaron', 'borrasteis', 'eliminasteis', 'han borrado', 'han eliminado', 'ha borrado',
    'ha eliminado', 'habéis borrado', 'habéis eliminado', 'sido borrad', 'sido eliminad', 'fueron borrad',
    'fueron eliminad', 'están borrad', 'están eliminad', 'ya borrad', 'ya eliminad',
  ],
  askedBefore: [
    'pedí', 'solicité', 'envié', 'escribí', 'les pedí', 'les escribí', 'había pedido', 'he pedido', 'he solicitado',
  ],
  otherwise: [
    'si no', 'de lo contrario', 'en caso contrario', 'si todavía no', 'si aún no',
  ],
  undecided: ['no sé', 'no estoy seguro', 'no estoy segura', 'o mejor no', 'o tal vez', 'o quizás', 'o quizas', 'tal vez no', 'quizás no', 'quizas no', 'ni idea', 'no sé si quiero', 'no se si quiero', 'no sé qué quiero', 'estoy dudando', 'tengo dudas', 'ya no sé'],
  whether: ['si'],
  apology: ['perdón', 'perdon', 'perdona', 'perdonad', 'disculpa', 'disculpe', 'disculpen', 'lo siento'],
  negation: ['no', 'nunca', 'jamás', 'jamas', 'nada', 'ningún', 'ninguna', 'ni', 'tampoco'],
  question: ['cómo', 'como', 'qué', 'por qué', 'cuándo', 'cuando', 'cuál', 'cuánto', 'cuanto', 'puedo', 'pueden', 'es posible', 'hay'],
  asks: [
    'por favor', 'pueden', 'podrían', 'podrian',
  ],
  usernameLabels: ['nombre de usuario', 'usuario', 'usuario de instagram', 'cuenta de instagram', 'cuenta', 'perfil'],
  ownHandlePhrases: ['el mío', 'el mio', 'la mía', 'la mia', 'mi propia cuenta', 'mi cuenta personal', 'mi cuenta real'],
  handlePhrases: [
    'nombre de usuario', 'usuario', 'mi usuario', 'mi insta', 'mi instagram', 'mi ig', 'mi @', 'mi cuenta de instagram',
    'mi cuenta de insta', 'mi nick', 'mi handle', 'usuario de instagram', 'usuario de insta',
    // The account named, then what it is called ("the account is called x"), and "my ID is x".
    'la cuenta', 'mi cuenta', 'mi id', 'el id',
    // Who the person is there: "en insta soy x", "mi nombre en insta es x".
    'en insta soy', 'en instagram soy', 'en ig soy', 'en insta me llamo', 'en instagram me llamo',
    'mi nombre en insta', 'mi nombre en ig',
  ],
  handleLinks: ['es', 'se llama', 'en instagram', 'en insta', 'en ig', 'de instagram', 'mi'],
  relationHas: ['tiene', 'también tiene'],
  selfNaming: ['soy', 'yo soy'],
  onBehalf: ['en nombre de', 'de parte de', 'en representación de', 'escribo por', 'les escribo por'],
  clients: ['cliente', 'jefe', 'jefa', 'empleador', 'empleadora', 'patrón', 'patron', 'representad', 'mandante'],
  passOn: ['reenvi', 'reenví', 'hacer llegar', 'pasar este'],
  handsOff: ['no toqu', 'no toc', 'dejen * en paz', 'deja * en paz', 'dejad * en paz'],
  confirmation: [
    'confirmación a', 'confirmacion a', 'confirmar a', 'confirmen a', 'envíen la confirmación', 'enviar a',
    'respondan a', 'responder a', 'escríbanme a', 'escribanme a', 'mi correo', 'mi correo es', 'mi email',
    'mi dirección', 'correo electrónico', 'correo electronico', 'correo',
  ],
  confirmationAsks: ['confirmaci', 'confirm', 'respuest', 'notific'],
  confirmationTargets: ['a la dirección', 'a la direccion', 'dirección', 'direccion', 'al correo', 'a', 'al'],
  addressWords: ['dirección', 'direccion', 'correo', 'e-mail', 'email', 'mail'],
  quoteOpeners: ['el'],
  quoteHeaders: ['escribió', 'escribio'],
  originalMessage: ['mensaje original'],
  forwardMarkers: ['mensaje reenviado', 'inicio del mensaje reenviado'],
  headerFrom: ['de', 'remitente'],
  headerSent: ['enviado', 'enviado el', 'fecha'],
  headerOther: ['para', 'cc', 'asunto', 'destinatario'],
  replyPrefixes: ['re'],
  forwardPrefixes: ['rv', 'fwd', 'reenviar'],
  signatureMarkers: [
    'saludos', 'saludos cordiales', 'un saludo', 'atentamente', 'gracias', 'muchas gracias', 'un abrazo',
    'cordialmente', 'quedo atento', 'quedo atenta',
  ],
  sentFrom: ['enviado desde mi *', 'enviado desde *', 'obtener outlook para *'],
  autoReplySubjects: ['respuesta automática', 'respuesta automatica', 'fuera de la oficina', 'fuera de oficina', 'ausente:', 'ausente de la oficina', 'mensaje automático', 'mensaje automatico', 'estoy de vacaciones', 'no entregado'],
};
