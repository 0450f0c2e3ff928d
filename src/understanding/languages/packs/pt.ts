import type { LanguagePack } from '../language-pack.js';

/** Portuguese (Brazil and Portugal). */
export const pt: LanguagePack = {
  code: 'pt',
  name: 'Portuguese',
  onlyThis: ['só', 'apenas', 'somente', 'unicamente'],
  erase: [
    'exclu', 'apag', 'apagamento', 'elimin', 'remov', 'remoção', 'remocao', 'delet', 'destru', 'esquec', 'desativ',
    'encerr',
  ],
  data: [
    'dados', 'dados pessoais', 'informações', 'informacoes', 'info', 'histórico', 'historico', 'registros', 'registos',
    'conteúdo', 'tokens', 'tudo',
  ],
  account: ['conta', 'perfil', 'conexão', 'conexao', 'acesso', 'cadastro'],
  privacy: [
    'privacidade', 'lgpd', 'rgpd', 'direito ao esquecimento', 'direito de eliminação', 'direito à eliminação',
    'pedido de exclusão', 'pedido de eliminação', 'proteção de dados', 'protecao de dados', 'artigo 17', 'art. 18',
  ],
  mine: ['meu', 'meus', 'minha', 'minhas', 'nosso', 'nossa', 'nossos', 'nossas', 'me', 'eu', 'mim'],
  opposite: [
    'mudei de ideia', 'mudei de opinião',
    'não apaguem', 'nao apaguem', 'não excluam', 'nao excluam', 'não apagar', 'não excluir', 'não quero que apaguem',
    'não quero que excluam', 'mantenham minha conta', 'manter minha conta', 'eu não pedi', 'eu nao pedi',
    'não solicitei', 'nunca pedi', 'não fui eu', 'cancelar meu pedido', 'cancelem o pedido', 'ainda uso',
  ],
  contrast: ['mas agora', 'porém agora', 'porem agora', 'só que agora', 'so que agora'],
  nowOpens: ['agora'],
  complement: ['que'],
  condition: ['se', 'caso'],
  othersAsk: ['alguém', 'alguem', 'um desconhecido', 'hacker', 'hackeado', 'recebemos uma solicitação', 'recebemos um pedido', 'foi solicitada'],
  done: [
    'foram apagad', 'foram excluíd', 'foram excluid', 'foram removid', 'foram deletad', 'foram eliminad',
    'foi apagad', 'foi excluíd', 'foi excluid', 'foi removid', 'foi deletad', 'sido apagad', 'sido excluíd',
    'estão apagad', 'já apagad', 'apagaram', 'excluíram', 'excluiram', 'removeram', 'deletaram', 'eliminaram',
  ],
  askedBefore: [
    'pedi', 'solicitei', 'enviei', 'escrevi', 'tinha pedido', 'já pedi',
  ],
  otherwise: [
    'se não', 'se nao', 'caso contrário', 'caso contrario', 'senão', 'senao', 'se ainda não',
  ],
  undecided: ['não sei', 'nao sei', 'nem sei', 'nem sei mais', 'não sei mais', 'nao sei mais', 'não tenho certeza', 'nao tenho certeza', 'ou talvez', 'talvez não', 'talvez nao', 'estou em dúvida', 'estou na dúvida', 'fiquei na dúvida', 'não sei se quero', 'nao sei se quero', 'não sei o que quero', 'indeciso', 'indecisa'],
  whether: ['se'],
  apology: ['desculpa', 'desculpe', 'desculpem', 'perdão', 'perdao', 'foi mal'],
  negation: ['não', 'nao', 'nunca', 'nada', 'nenhum', 'nenhuma', 'nem', 'jamais'],
  question: ['como', 'o que', 'por que', 'porque', 'quando', 'qual', 'quanto', 'posso', 'podem', 'é possível', 'existe'],
  asks: [
    'por favor', 'podem', 'poderiam',
  ],
  usernameLabels: ['nome de usuário', 'nome de usuario', 'nome de utilizador', 'usuário', 'usuario', 'utilizador', 'conta', 'perfil'],
  ownHandlePhrases: ['o meu', 'a minha', 'o meu próprio', 'minha conta pessoal', 'minha própria conta'],
  handlePhrases: [
    'nome de usuário', 'nome de usuario', 'nome de utilizador', 'usuário', 'usuario', 'utilizador', 'meu insta', 'meu instagram', 'meu ig', 'meu @',
    'minha conta do insta', 'minha conta do instagram', 'meu user',
    // The account named, then what it is called ("the account is called x"), and "my ID is x".
    'a conta', 'minha conta', 'meu id', 'o id',
    // Who the person is there: "no insta sou x", "meu nome no insta é x".
    'no insta sou', 'no instagram sou', 'no ig sou', 'no insta eu sou', 'no instagram eu sou',
    'meu nome no insta', 'meu nome no ig',
  ],
  handleLinks: ['é', 'e', 'no instagram', 'se chama', 'chama-se', 'no insta', 'no ig', 'do instagram', 'meu'],
  relationHas: ['tem', 'também tem'],
  selfNaming: ['sou', 'eu sou'],
  onBehalf: ['em nome de', 'em nome da', 'em nome do', 'da parte de', 'escrevo pela', 'escrevo pelo', 'escrevo por'],
  clients: ['cliente', 'chefe', 'patrão', 'patrao', 'patroa', 'empregador', 'empregadora', 'representad'],
  passOn: ['reencaminh', 'encaminh', 'reenvi'],
  handsOff: ['não toqu', 'nao toqu', 'não mex', 'nao mex', 'deixem * em paz', 'deixa * em paz'],
  confirmation: [
    'confirmação para', 'confirmacao para', 'confirmar para', 'confirmem para', 'enviem a confirmação', 'enviar para',
    'respondam para', 'responder para', 'escrevam para', 'meu e-mail', 'meu email', 'meu endereço', 'endereço de e-mail',
    'e-mail', 'contato',
  ],
  confirmationAsks: ['confirmação', 'confirmacao', 'confirm', 'respost', 'notific', 'envi', 'mand'],
  confirmationTargets: ['para o endereço', 'para o endereco', 'endereço', 'endereco', 'para o e-mail', 'para o email', 'para'],
  addressWords: ['endereço', 'endereco', 'e-mail', 'email', 'mail', 'correio'],
  quoteOpeners: ['em', 'no dia'],
  quoteHeaders: ['escreveu'],
  originalMessage: ['mensagem original'],
  forwardMarkers: ['mensagem encaminhada', 'início da mensagem encaminhada', 'inicio da mensagem encaminhada'],
  headerFrom: ['de', 'remetente'],
  headerSent: ['enviado', 'enviado em', 'enviada em', 'data'],
  headerOther: ['para', 'cc', 'assunto', 'destinatário'],
  replyPrefixes: ['re', 'res', 'resp'],
  forwardPrefixes: ['enc', 'fw', 'fwd'],
  signatureMarkers: [
    'atenciosamente', 'obrigado', 'obrigada', 'muito obrigado', 'muito obrigada', 'abraço', 'abraços', 'abs',
    'cumprimentos', 'melhores cumprimentos', 'cordialmente', 'grato', 'grata',
  ],
  sentFrom: ['enviado do meu *', 'enviado de meu *', 'enviado a partir do *', 'obter o outlook para *'],
  autoReplySubjects: ['resposta automática', 'resposta automatica', 'ausente do escritório', 'ausente do escritorio', 'fora do escritório', 'fora do escritorio', 'mensagem automática', 'mensagem automatica', 'ausência:', 'não entregue'],
};
