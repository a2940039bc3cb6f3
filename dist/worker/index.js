import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 177:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var __create=Object.create;var __defProp=Object.defineProperty;var __getOwnPropDesc=Object.getOwnPropertyDescriptor;var __getOwnPropNames=Object.getOwnPropertyNames;var __getProtoOf=Object.getPrototypeOf,__hasOwnProp=Object.prototype.hasOwnProperty;var __defNormalProp=(obj,key,value)=>key in obj?__defProp(obj,key,{enumerable:!0,configurable:!0,writable:!0,value}):obj[key]=value;var __esm=(fn,res)=>function(){return fn&&(res=(0,fn[__getOwnPropNames(fn)[0]])(fn=0)),res};var __commonJS=(cb,mod)=>function(){return mod||(0,cb[__getOwnPropNames(cb)[0]])((mod={exports:{}}).exports,mod),mod.exports};var __export=(target,all)=>{for(var name in all)__defProp(target,name,{get:all[name],enumerable:!0})},__copyProps=(to,from,except,desc)=>{if(from&&typeof from=="object"||typeof from=="function")for(let key of __getOwnPropNames(from))!__hasOwnProp.call(to,key)&&key!==except&&__defProp(to,key,{get:()=>from[key],enumerable:!(desc=__getOwnPropDesc(from,key))||desc.enumerable});return to};var __toESM=(mod,isNodeMode,target)=>(target=mod!=null?__create(__getProtoOf(mod)):{},__copyProps(isNodeMode||!mod||!mod.__esModule?__defProp(target,"default",{value:mod,enumerable:!0}):target,mod)),__toCommonJS=mod=>__copyProps(__defProp({},"__esModule",{value:!0}),mod);var __publicField=(obj,key,value)=>(__defNormalProp(obj,typeof key!="symbol"?key+"":key,value),value);var ffi_exports={};__export(ffi_exports,{QuickJSFFI:()=>QuickJSFFI});var QuickJSFFI,init_ffi=__esm({"src/ffi.ts"(){"use strict";QuickJSFFI=class{constructor(module2){this.module=module2;this.DEBUG=!1;this.QTS_Throw=this.module.cwrap("QTS_Throw","number",["number","number"]);this.QTS_NewError=this.module.cwrap("QTS_NewError","number",["number"]);this.QTS_RuntimeSetMemoryLimit=this.module.cwrap("QTS_RuntimeSetMemoryLimit",null,["number","number"]);this.QTS_RuntimeComputeMemoryUsage=this.module.cwrap("QTS_RuntimeComputeMemoryUsage","number",["number","number"]);this.QTS_RuntimeDumpMemoryUsage=this.module.cwrap("QTS_RuntimeDumpMemoryUsage","number",["number"]);this.QTS_RecoverableLeakCheck=this.module.cwrap("QTS_RecoverableLeakCheck","number",[]);this.QTS_BuildIsSanitizeLeak=this.module.cwrap("QTS_BuildIsSanitizeLeak","number",[]);this.QTS_RuntimeSetMaxStackSize=this.module.cwrap("QTS_RuntimeSetMaxStackSize",null,["number","number"]);this.QTS_GetUndefined=this.module.cwrap("QTS_GetUndefined","number",[]);this.QTS_GetNull=this.module.cwrap("QTS_GetNull","number",[]);this.QTS_GetFalse=this.module.cwrap("QTS_GetFalse","number",[]);this.QTS_GetTrue=this.module.cwrap("QTS_GetTrue","number",[]);this.QTS_NewHostRef=this.module.cwrap("QTS_NewHostRef","number",["number","number"]);this.QTS_GetHostRefId=this.module.cwrap("QTS_GetHostRefId","number",["number"]);this.QTS_NewRuntime=this.module.cwrap("QTS_NewRuntime","number",[]);this.QTS_FreeRuntime=this.module.cwrap("QTS_FreeRuntime",null,["number"]);this.QTS_NewContext=this.module.cwrap("QTS_NewContext","number",["number","number"]);this.QTS_FreeContext=this.module.cwrap("QTS_FreeContext",null,["number"]);this.QTS_FreeValuePointer=this.module.cwrap("QTS_FreeValuePointer",null,["number","number"]);this.QTS_FreeValuePointerRuntime=this.module.cwrap("QTS_FreeValuePointerRuntime",null,["number","number"]);this.QTS_FreeVoidPointer=this.module.cwrap("QTS_FreeVoidPointer",null,["number","number"]);this.QTS_FreeCString=this.module.cwrap("QTS_FreeCString",null,["number","number"]);this.QTS_DupValuePointer=this.module.cwrap("QTS_DupValuePointer","number",["number","number"]);this.QTS_NewObject=this.module.cwrap("QTS_NewObject","number",["number"]);this.QTS_NewObjectProto=this.module.cwrap("QTS_NewObjectProto","number",["number","number"]);this.QTS_NewArray=this.module.cwrap("QTS_NewArray","number",["number"]);this.QTS_NewArrayBuffer=this.module.cwrap("QTS_NewArrayBuffer","number",["number","number","number"]);this.QTS_NewFloat64=this.module.cwrap("QTS_NewFloat64","number",["number","number"]);this.QTS_GetFloat64=this.module.cwrap("QTS_GetFloat64","number",["number","number"]);this.QTS_NewString=this.module.cwrap("QTS_NewString","number",["number","number"]);this.QTS_GetString=this.module.cwrap("QTS_GetString","number",["number","number"]);this.QTS_GetArrayBuffer=this.module.cwrap("QTS_GetArrayBuffer","number",["number","number"]);this.QTS_GetArrayBufferLength=this.module.cwrap("QTS_GetArrayBufferLength","number",["number","number"]);this.QTS_NewSymbol=this.module.cwrap("QTS_NewSymbol","number",["number","number","number"]);this.QTS_GetSymbolDescriptionOrKey=this.module.cwrap("QTS_GetSymbolDescriptionOrKey","number",["number","number"]);this.QTS_IsGlobalSymbol=this.module.cwrap("QTS_IsGlobalSymbol","number",["number","number"]);this.QTS_IsJobPending=this.module.cwrap("QTS_IsJobPending","number",["number"]);this.QTS_ExecutePendingJob=this.module.cwrap("QTS_ExecutePendingJob","number",["number","number","number"]);this.QTS_GetProp=this.module.cwrap("QTS_GetProp","number",["number","number","number"]);this.QTS_GetPropNumber=this.module.cwrap("QTS_GetPropNumber","number",["number","number","number"]);this.QTS_SetProp=this.module.cwrap("QTS_SetProp",null,["number","number","number","number"]);this.QTS_DefineProp=this.module.cwrap("QTS_DefineProp",null,["number","number","number","number","number","number","boolean","boolean","boolean"]);this.QTS_GetOwnPropertyNames=this.module.cwrap("QTS_GetOwnPropertyNames","number",["number","number","number","number","number"]);this.QTS_Call=this.module.cwrap("QTS_Call","number",["number","number","number","number","number"]);this.QTS_ResolveException=this.module.cwrap("QTS_ResolveException","number",["number","number"]);this.QTS_Dump=this.module.cwrap("QTS_Dump","number",["number","number"]);this.QTS_Eval=this.module.cwrap("QTS_Eval","number",["number","number","number","string","number","number"]);this.QTS_GetModuleNamespace=this.module.cwrap("QTS_GetModuleNamespace","number",["number","number"]);this.QTS_Typeof=this.module.cwrap("QTS_Typeof","number",["number","number"]);this.QTS_GetLength=this.module.cwrap("QTS_GetLength","number",["number","number","number"]);this.QTS_IsEqual=this.module.cwrap("QTS_IsEqual","number",["number","number","number","number"]);this.QTS_GetGlobalObject=this.module.cwrap("QTS_GetGlobalObject","number",["number"]);this.QTS_NewPromiseCapability=this.module.cwrap("QTS_NewPromiseCapability","number",["number","number"]);this.QTS_PromiseState=this.module.cwrap("QTS_PromiseState","number",["number","number"]);this.QTS_PromiseResult=this.module.cwrap("QTS_PromiseResult","number",["number","number"]);this.QTS_TestStringArg=this.module.cwrap("QTS_TestStringArg",null,["string"]);this.QTS_GetDebugLogEnabled=this.module.cwrap("QTS_GetDebugLogEnabled","number",["number"]);this.QTS_SetDebugLogEnabled=this.module.cwrap("QTS_SetDebugLogEnabled",null,["number","number"]);this.QTS_BuildIsDebug=this.module.cwrap("QTS_BuildIsDebug","number",[]);this.QTS_BuildIsAsyncify=this.module.cwrap("QTS_BuildIsAsyncify","number",[]);this.QTS_NewFunction=this.module.cwrap("QTS_NewFunction","number",["number","string","number","boolean","number"]);this.QTS_ArgvGetJSValueConstPointer=this.module.cwrap("QTS_ArgvGetJSValueConstPointer","number",["number","number"]);this.QTS_RuntimeEnableInterruptHandler=this.module.cwrap("QTS_RuntimeEnableInterruptHandler",null,["number"]);this.QTS_RuntimeDisableInterruptHandler=this.module.cwrap("QTS_RuntimeDisableInterruptHandler",null,["number"]);this.QTS_RuntimeEnableModuleLoader=this.module.cwrap("QTS_RuntimeEnableModuleLoader",null,["number","number"]);this.QTS_RuntimeDisableModuleLoader=this.module.cwrap("QTS_RuntimeDisableModuleLoader",null,["number"]);this.QTS_bjson_encode=this.module.cwrap("QTS_bjson_encode","number",["number","number"]);this.QTS_bjson_decode=this.module.cwrap("QTS_bjson_decode","number",["number","number"])}}}});var require_emscripten_module=__commonJS({"dist/emscripten-module.cjs"(exports,module2){"use strict";var QuickJSRaw=(()=>{var _scriptName=globalThis.document?.currentScript?.src;return async function(moduleArg={}){var moduleRtn,c=moduleArg,aa=!!globalThis.window,n=!!globalThis.WorkerGlobalScope,ba=globalThis.process?.versions?.node&&globalThis.process?.type!="renderer";function q(b){b={log:b||function(){}};for(let d of q.Pa)d(b);return c.quickJSEmscriptenExtensions=b}q.Pa=[],c.quickjsEmscriptenInit=q,q.Pa.push(b=>{b.getWasmMemory=function(){return r}});var t="./this.program",u=(b,d)=>{throw d};if(typeof __filename<"u"?_scriptName=__filename:n&&(_scriptName=self.location.href),ba){var fs=__nccwpck_require__(896);1<process.argv.length&&(t=process.argv[1].replace(/\\/g,"/")),process.argv.slice(2),u=(b,d)=>{throw process.exitCode=b,d}}else if(aa||n)try{new URL(".",_scriptName)}catch{}var v=console.log.bind(console),w=console.error.bind(console),y=!1,z;function ca(b){for(var d=0,a=b.length,e=new Uint8Array(a),f;d<a;++d)f=b.charCodeAt(d),e[d]=~f>>8&f;return e}var A,B,C,D,E,F,G=!1;function H(){var b=r.buffer;c.HEAP8=C=new Int8Array(b),new Int16Array(b),c.HEAPU8=D=new Uint8Array(b),new Uint16Array(b),E=new Int32Array(b),F=new Uint32Array(b),new Float32Array(b),new Float64Array(b),new BigInt64Array(b),new BigUint64Array(b)}function I(b){throw c.onAbort?.(b),b="Aborted("+b+")",w(b),y=!0,b=new WebAssembly.RuntimeError(b+". Build with -sASSERTIONS for more info."),B?.(b),b}var J;async function da(b){return b}async function ea(b){var d=J;try{var a=await da(d);return await WebAssembly.instantiate(a,b)}catch(e){w(`failed to asynchronously prepare wasm: ${e}`),I(e)}}async function fa(b){return ea(b)}class K{constructor(b){__publicField(this,"name","ExitStatus");this.message=`Program terminated with exit(${b})`,this.status=b}}for(var L=b=>{for(;0<b.length;)b.shift()(c)},M=[],N=[],ha=()=>{var b=c.preRun.shift();N.push(b)},O=!0,r,ia=new TextDecoder,ja=(b,d,a,e)=>{if(a=d+a,e)return a;for(;b[d]&&!(d>=a);)++d;return d},P=(b,d,a)=>b?ia.decode(D.subarray(b,ja(D,b,d,a))):"",Q=0,ka=[0,31,60,91,121,152,182,213,244,274,305,335],la=[0,31,59,90,120,151,181,212,243,273,304,334],R={},ma=b=>{z=b,O||0<Q||(c.onExit?.(b),y=!0),u(b,new K(b))},na=b=>{if(!y)try{b()}catch(d){d instanceof K||d=="unwind"||u(1,d)}finally{if(!(O||0<Q))try{z=b=z,ma(b)}catch(d){d instanceof K||d=="unwind"||u(1,d)}}},S=(b,d,a)=>{var e=D;if(!(0<a))return 0;var f=d;a=d+a-1;for(var g=0;g<b.length;++g){var h=b.codePointAt(g);if(127>=h){if(d>=a)break;e[d++]=h}else if(2047>=h){if(d+1>=a)break;e[d++]=192|h>>6,e[d++]=128|h&63}else if(65535>=h){if(d+2>=a)break;e[d++]=224|h>>12,e[d++]=128|h>>6&63,e[d++]=128|h&63}else{if(d+3>=a)break;e[d++]=240|h>>18,e[d++]=128|h>>12&63,e[d++]=128|h>>6&63,e[d++]=128|h&63,g++}}return e[d]=0,d-f},T={},oa=()=>{if(!U){var b={USER:"web_user",LOGNAME:"web_user",PATH:"/",PWD:"/",HOME:"/home/web_user",LANG:(globalThis.navigator?.language??"C").replace("-","_")+".UTF-8",_:t||"./this.program"},d;for(d in T)T[d]===void 0?delete b[d]:b[d]=T[d];var a=[];for(d in b)a.push(`${d}=${b[d]}`);U=a}return U},U,V=b=>{for(var d=0,a=0;a<b.length;++a){var e=b.charCodeAt(a);127>=e?d++:2047>=e?d+=2:55296<=e&&57343>=e?(d+=4,++a):d+=3}return d},pa=[null,[],[]],sa=(b,d,a,e)=>{var f={string:k=>{var l=0;if(k!=null&&k!==0){l=V(k)+1;var p=W(l);S(k,p,l),l=p}return l},array:k=>{var l=W(k.length);return C.set(k,l),l}};b=c["_"+b];var g=[],h=0;if(e)for(var m=0;m<e.length;m++){var x=f[a[m]];x?(h===0&&(h=qa()),g[m]=x(e[m])):g[m]=e[m]}return a=b(...g),a=function(k){return h!==0&&ra(h),d==="string"?P(k):d==="boolean"?!!k:k}(a)},X=new Uint8Array(123),Y=25;0<=Y;--Y)X[48+Y]=52+Y,X[65+Y]=Y,X[97+Y]=26+Y;if(X[43]=62,X[47]=63,c.wasmMemory?r=c.wasmMemory:r=new WebAssembly.Memory({initial:(c.INITIAL_MEMORY||16777216)/65536,maximum:32768}),H(),c.noExitRuntime&&(O=c.noExitRuntime),c.print&&(v=c.print),c.printErr&&(w=c.printErr),c.thisProgram&&(t=c.thisProgram),c.preInit)for(typeof c.preInit=="function"&&(c.preInit=[c.preInit]);0<c.preInit.length;)c.preInit.shift()();c.cwrap=(b,d,a,e)=>{var f=!a||a.every(g=>g==="number"||g==="boolean");return d!=="string"&&f&&!e?c["_"+b]:(...g)=>sa(b,d,a,g)},c.UTF8ToString=P,c.stringToUTF8=(b,d,a)=>S(b,d,a),c.lengthBytesUTF8=V;var ta,ra,W,qa,ua={b:(b,d,a,e)=>I(`Assertion failed: ${P(b)}, at: `+[d?P(d):"unknown filename",a,e?P(e):"unknown function"]),q:()=>I(""),l:()=>{O=!1,Q=0},m:function(b,d){b=-9007199254740992>b||9007199254740992<b?NaN:Number(b),b=new Date(1e3*b),E[d>>2]=b.getSeconds(),E[d+4>>2]=b.getMinutes(),E[d+8>>2]=b.getHours(),E[d+12>>2]=b.getDate(),E[d+16>>2]=b.getMonth(),E[d+20>>2]=b.getFullYear()-1900,E[d+24>>2]=b.getDay();var a=b.getFullYear();E[d+28>>2]=(a%4!==0||a%100===0&&a%400!==0?la:ka)[b.getMonth()]+b.getDate()-1|0,E[d+36>>2]=-(60*b.getTimezoneOffset()),a=new Date(b.getFullYear(),6,1).getTimezoneOffset();var e=new Date(b.getFullYear(),0,1).getTimezoneOffset();E[d+32>>2]=(a!=e&&b.getTimezoneOffset()==Math.min(e,a))|0},j:(b,d)=>{if(R[b]&&(clearTimeout(R[b].id),delete R[b]),!d)return 0;var a=setTimeout(()=>{delete R[b],na(()=>ta(b,performance.now()))},d);return R[b]={id:a,Qa:d},0},n:(b,d,a,e)=>{var f=new Date().getFullYear(),g=new Date(f,0,1).getTimezoneOffset();f=new Date(f,6,1).getTimezoneOffset(),F[b>>2]=60*Math.max(g,f),E[d>>2]=+(g!=f),d=h=>{var m=Math.abs(h);return`UTC${0<=h?"-":"+"}${String(Math.floor(m/60)).padStart(2,"0")}${String(m%60).padStart(2,"0")}`},b=d(g),d=d(f),f<g?(S(b,a,17),S(d,e,17)):(S(b,e,17),S(d,a,17))},p:()=>Date.now(),k:b=>{var d=D.length;if(b>>>=0,2147483648<b)return!1;for(var a=1;4>=a;a*=2){var e=d*(1+.2/a);e=Math.min(e,b+100663296);a:{e=(Math.min(2147483648,65536*Math.ceil(Math.max(b,e)/65536))-r.buffer.byteLength+65535)/65536|0;try{r.grow(e),H();var f=1;break a}catch{}f=void 0}if(f)return!0}return!1},e:(b,d)=>{var a=0,e=0,f;for(f of oa()){var g=d+a;F[b+e>>2]=g,a+=S(f,g,1/0)+1,e+=4}return 0},f:(b,d)=>{var a=oa();F[b>>2]=a.length,b=0;for(var e of a)b+=V(e)+1;return F[d>>2]=b,0},d:()=>52,o:function(){return 70},c:(b,d,a,e)=>{for(var f=0,g=0;g<a;g++){var h=F[d>>2],m=F[d+4>>2];d+=8;for(var x=0;x<m;x++){var k=b,l=D[h+x],p=pa[k];l===0||l===10?(k=k===1?v:w,l=ja(p,0),l=ia.decode(p.buffer?p.subarray(0,l):new Uint8Array(p.slice(0,l))),k(l),p.length=0):p.push(l)}f+=m}return F[e>>2]=f,0},a:r,r:ma,s:function(b,d,a,e,f){return c.callbacks.callFunction(void 0,b,d,a,e,f)},i:function(b){return c.callbacks.shouldInterrupt(void 0,b)},h:function(b,d,a){return a=P(a),c.callbacks.loadModuleSource(void 0,b,d,a)},g:function(b,d,a,e){return a=P(a),e=P(e),c.callbacks.normalizeModule(void 0,b,d,a,e)},t:function(b,d){c.callbacks.freeHostRef(void 0,b,d)}},Z;return Z=await async function(){function b(a){return a=Z=a.exports,c._malloc=a.v,c._QTS_Throw=a.w,c._QTS_NewError=a.x,c._QTS_RuntimeSetMemoryLimit=a.y,c._QTS_RuntimeComputeMemoryUsage=a.z,c._QTS_RuntimeDumpMemoryUsage=a.A,c._QTS_RecoverableLeakCheck=a.B,c._QTS_BuildIsSanitizeLeak=a.C,c._QTS_RuntimeSetMaxStackSize=a.D,c._QTS_GetUndefined=a.E,c._QTS_GetNull=a.F,c._QTS_GetFalse=a.G,c._QTS_GetTrue=a.H,c._QTS_NewHostRef=a.I,c._QTS_GetHostRefId=a.J,c._QTS_NewRuntime=a.K,c._QTS_FreeRuntime=a.L,c._free=a.M,c._QTS_NewContext=a.N,c._QTS_FreeContext=a.O,c._QTS_FreeValuePointer=a.P,c._QTS_FreeValuePointerRuntime=a.Q,c._QTS_FreeVoidPointer=a.R,c._QTS_FreeCString=a.S,c._QTS_DupValuePointer=a.T,c._QTS_NewObject=a.U,c._QTS_NewObjectProto=a.V,c._QTS_NewArray=a.W,c._QTS_NewArrayBuffer=a.X,c._QTS_NewFloat64=a.Y,c._QTS_GetFloat64=a.Z,c._QTS_NewString=a._,c._QTS_GetString=a.$,c._QTS_GetArrayBuffer=a.aa,c._QTS_GetArrayBufferLength=a.ba,c._QTS_NewSymbol=a.ca,c._QTS_GetSymbolDescriptionOrKey=a.da,c._QTS_IsGlobalSymbol=a.ea,c._QTS_IsJobPending=a.fa,c._QTS_ExecutePendingJob=a.ga,c._QTS_GetProp=a.ha,c._QTS_GetPropNumber=a.ia,c._QTS_SetProp=a.ja,c._QTS_DefineProp=a.ka,c._QTS_GetOwnPropertyNames=a.la,c._QTS_Call=a.ma,c._QTS_ResolveException=a.na,c._QTS_Dump=a.oa,c._QTS_Eval=a.pa,c._QTS_GetModuleNamespace=a.qa,c._QTS_Typeof=a.ra,c._QTS_GetLength=a.sa,c._QTS_IsEqual=a.ta,c._QTS_GetGlobalObject=a.ua,c._QTS_NewPromiseCapability=a.va,c._QTS_PromiseState=a.wa,c._QTS_PromiseResult=a.xa,c._QTS_TestStringArg=a.ya,c._QTS_GetDebugLogEnabled=a.za,c._QTS_SetDebugLogEnabled=a.Aa,c._QTS_BuildIsDebug=a.Ba,c._QTS_BuildIsAsyncify=a.Ca,c._QTS_NewFunction=a.Da,c._QTS_ArgvGetJSValueConstPointer=a.Ea,c._QTS_RuntimeEnableInterruptHandler=a.Fa,c._QTS_RuntimeDisableInterruptHandler=a.Ga,c._QTS_RuntimeEnableModuleLoader=a.Ha,c._QTS_RuntimeDisableModuleLoader=a.Ia,c._QTS_bjson_encode=a.Ja,c._QTS_bjson_decode=a.Ka,ta=a.La,ra=a.Ma,W=a.Na,qa=a.Oa,Z}var d={a:ua};return c.instantiateWasm?new Promise(a=>{c.instantiateWasm(d,(e,f)=>{a(b(e,f))})}):(J??(J=ca(`\0asm\0\0\0\xBEi\`\x7F\x7F\0\`\x7F\x7F\x7F\x7F\`\x7F~\x7F\x7F~\`\x7F\x7F\x7F\`\x7F\x7F\`\x7F~\x7F\x7F\x7F~\`\x7F\x7F\x7F\0\`\x7F~~\`\x7F\x7F\x7F\x7F\x7F\`\x7F\0\`\x7F~\0\`\x7F~\x7F\`||\`\x7F\x7F~\`\x7F\x7F~\x7F\`\x7F~\x7F\x7F\x7F\x7F~\`\x7F\x7F\x7F\x7F\x7F\x7F\`\x7F~\x7F~\`\x7F~\x7F\0\`\x7F\x7F\x7F\x7F\0\`\x7F~\x7F\x7F\`\x7F~~~\`\x7F\x7F\x7F~\`\x7F~~\x7F\x7F\x7F~\`\x7F\x7F~\x7F\x7F\`\x7F~~\x7F\`\x7F\x7F\x7F\x7F\x7F\x7F\x7F\`\x7F~~\x7F\x7F~\`\x7F\x7F\x7F\x7F~\`|||\`\0\x7F\`\x7F~\x7F\x7F\x7F\`~\x7F\`\0\0\`\x7F~\`\x07\x7F~\x7F~~~\x7F\x7F\`\x7F~\x7F~\x7F\x7F\`\x7F~~\x7F\x7F\`\x7F\x7F\x7F\x7F\x7F\0\`\x7F\x7F\x7F~\x7F\`\x7F~~~\x7F\x7F\`\x07\x7F\x7F\x7F\x7F\x7F\x7F\x7F\x7F\`~~\`\x7F|\x7F\`\x7F~\x7F~~\`\x7F~\x7F~~\x7F\x7F\`~\x7F\x7F\`\x7F\x7F\x7F\x7F\x7F~\`\x7F~\x7F\x7F\0\`\x7F\x7F|\`\x07\x7F~\x7F\x7F\x7F\x7F\x7F~\`~\x7F\0\`\x7F\x7F~\0\`\x7F~~\x7F~\`\x7F~\x7F~\x7F\`\x7F~\x7F~\0\`\x7F~~~\x7F\`	\x7F\x7F\x7F\x7F\x7F\x7F\x7F\x7F\x7F\x7F\`\x7F\x7F\x7F\x7F\x7F\x7F~\`~\x7F\x7F\x7F\`\b\x7F\x7F\x7F\x7F\x7F\x7F\x7F\x7F\x7F\`\x07\x7F\x7F\x7F\x7F\x7F\x7F\x7F\0\`\x7F~\x7F\x7F\x7F\x7F\`\x7F\x7F~~\`|\x7F\`\x7F~~\x7F\x7F\0\`\x7F~~\x7F\0\`|\x7F|\`||\x7F|\`\x7F\x7F~\x7F\0\`\x7F~~~~\x7F\x7F\`\x7F\x7F~~\x7F\`\x7F~~\x7F\x7F\x7F\`\x7F|\x7F\x7F\x7F\x7F\x7F\`\0|\`\x7F~\x7F~\x7F~\`\r\x7F\x7F\x7F\x7F\x7F\x7F\x7F~\x7F\x7F\x7F\x7F\x7F~\`\x7F\x7F~\x7F\x7F\x7F\`\x7F\x7F~~~~\x7F\`\x7F\x7F~\x7F~\`\x07\x7F~~~\x7F\x7F\x7F~\`\x7F|\`\x7F|\x7F\x7F\x7F~\`\b\x7F~~\x7F\x7F\x7F\x7F\x7F~\`\x7F~\x7F\x7F\x7F\x7F\0\`\b\x7F\x7F\x7F\x7F\x7F\x7F~\x7F~\`\x7F~\x7F\x7F\x7F\x7F\x7F\`
\x7F\x7F~\x7F\x7F~~~\x7F\x7F\x7F\`\x7F\x7F~~~~\`||\x7F\`\x7F\x7F\x7F\x7F\x7F|\`\x7F\x7F~~\x7F\x7F\`\x7F~~\0\`\x07\x7F~\x7F\x7F\x7F\x7F\x7F\0\`\x7F~~~~\`|\x7F\x7F\`\x7F\x7F~~~\`\b\x7F~~~~\x7F~~~\`~~\x7F\x7F\`\x07\x7F\x7F\x7F~~~\x7F\x7F\`\x7F\x7F|\0\`\x7F~|~\`\0~\`\x7F|\0\`	\x7F\x7F\x7F\x7F\x7F\x7F\x7F\x7F\x7F\0~ab\0ac\0\bad\0ae\0af\0ag\0\bah\0ai\0aj\0+ak\0al\0!am\x003an\0ao\0ap\0Jaq\0!ar\0	as\0at\0\0aa\x80\x80\x80\xAB
\xA9

\0\0K\0\0\x1B\0$\04
\0	\x07\x07\0\v! \v\v\r56"\x1B\x07"L7\b\b\0\v\0\x07\rM\v%&\08N\b"9\0\x07:	\v#	\0\b	\x07\r
\v\0	\x07	38
\v;(-%\b\0\v"\0<	\r\b$O\r		\v	=)\b\v&\x07P\0	=		>(Q?(\0\r	 \0\0\v\v6\v
%R\b\0\r.\f\0\rS?@\b.\r	\0/\x07@\x07\f\x1B\0\r\bB\0T\bCD\f\b	\x07\b\v	\b<\v\vE*\0)\x1B\x1B\vF\x07\0\v\0U:\0\v\x07\b\0V0;\x1B\b\r	\0 \f\b\f\b	\0\0\b\b\b
W\b\v"GX\x07	Y\v\v\v4\0F\x07\v\fH\0	H\bZ\v\x07[\v\x07\\	\x07]\0	$* /^_\f\b\b0\0\0\x07\b1 >\0\09		)\b,\b\x07\x07E\0\0B\r		\`a\x07\b
\r.\0\0\0\b\0\x1B\x07\b\b\v\x07\x07\r+\bGb&\b\0\v\r\b c'2\0(\r\0\x07\0\r7/\0\0	\0\0\v&\0\0\0\x07\00\b%C)Dd\f	\b\b\0\b
\r\x07\v	$\v\x07**e1f
\0\0\0\0\0\0	\x07\x07

\v\v\x07-,#'\x07\r\r\r\r\r\r\r\r\r\r\r\x07\x07\x07\x07\x07\x07\x07




2

	\x07\0

















##\0\0\0	\0\0	\f	\0\b		\0\bg\0I\f\f\f\f\f\f		h\f\f\f\f\f\f\f\f\f\f\f\f\x07\x07\x07\f\f\f\f\x071+!!p\0\xD7	\x7FA\xE0\xC0\xC5\v\x07\xA1Ku\0\xBB
v\0\x96w\0\xE2\bx\0\xE1\by\0\xDE\bz\0\xDD\bA\0\xDC\bB\0\x91C\0\x91D\0\xD8\bE\0\xD6\bF\0\xD2\bG\0\xD1\bH\0\xCE\bI\0\xCA\bJ\0\xB2\bK\0\xA9\bL\0\xF9\x07M\0\x8EN\0\xF4\x07O\0\xF0P\0\xEAQ\0\xE3R\0\xE2S\0\xE1T\0\xE0U\0\xDFV\0\xDEW\0\xDDX\0\xB7
Y\0\xAF
Z\0\xA8
_\0\x95
$\0\xC3aa\0\xE5	ba\0\xD5	ca\0\xB8	da\0\xB7	ea\0\xB6	fa\0\xB5	ga\0\xB3	ha\0\xB2	ia\0\xA9	ja\0\x98	ka\0\x94	la\0\x88	ma\0\x83	na\0\x82	oa\0\x81	pa\0\x80	qa\0\xFF\bra\0\xFE\bsa\0\xFD\bta\0\xFC\bua\0\xFB\bva\0\xFA\bwa\0\xF9\bxa\0\xF8\bya\0\xD3\bza\0\xB4Aa\0\xF7\bBa\0\x91Ca\0\x91Da\0\xF5\bEa\0\xF4\bFa\0\xF2\bGa\0\xF1\bHa\0\xEE\bIa\0\xED\bJa\0\xEC\bKa\0\xE9\bLa\0\x84	Ma\0\xE7\bNa\0\xE6\bOa\0\xE5\b\b\xBA
	\xB3\x07\0A\v\xD6\x93	\x98\x92	\xB4\x90\b\x8C\b\x8A\b\x80\b\xE0\x07\x9E\x07\x91\x07\xDB\xA2\b\xA1\b\x89\x84\b\x83\b\x82\b\x81\b\xFF\x07\xFE\x07\xFD\x07\x93\xFC\x07\xFB\x07\xFA\x07\xF8\x07\xF7\x07\x8B\xBC\xF6\x07\xF5\x07\xF3\x07\xED\xF2\x07\xF1\x07\xF0\x07\xFB\xEF\x07\xAF\xF8\xF7\xB9
\xEA\b\xE0\b\x8B\xD7\b\xF6\b\xF3\b\xF0\b\xEF\b\xEB\b\x85	\xE4\b\xE4\xE3\b\xDF\b\xD7\xCD\b\xCC\b\xCB\b\xC9\b\xD5\b\xD4\b\xD0\b\xFA\xCF\b\x93\b\xE4\xE8\x07\xE6\x07\xE4\x07\xE3\x07\xDE\x07\xDD\x07\x8B\xDB\x07\xBC\x07\x88\x07\xEB\xF4\xF2\xB4	\xB1	\xF8\xB0	\xAF	\xAE	\xAD	\xAC	\xAB	\xAA	\xA8	\xA7	\xA6	\x87	\x86	\xF6\xC3\b\xC2\b\xC1\b\xA1\xC0\b\xBF\b\xBE\b\xA0\xBD\b\xBC\b\xBB\b\xBA\b\xB9\b\xB8\b\xB7\b\xB6\b\xB5\b\xB4\b\xB3\b\xB1\b\xB0\b\xAF\b\xAE\b\xAD\b\xAC\b\xAB\b\x9F\x9E\xAA\b\xF4\xA8\b\xF4\x9F\x9E\xA7\b\xA6\b\xA5\b\xA1\xC4\b\xC7\b\xC6\b\xC5\b\xC8\b\xF3\xA4\b\xA3\b\xB4\xFC\xFB\x87\x07\x86\x07\x85\x07\x84\x07\x83\x07\x82\x07\x81\x07\x80\x07\xFF\xFE\xFD\xD7\x07\xD6\x07\xD5\x07\xF4\xD4\x07\xA0\xD3\x07\xD2\x07\xD1\x07\xD0\x07\xE9\x07\xEC\x07\xEB\x07\xDB\b\xDA\b\xD9\b\xE6\xE5\xE7\x87\b\xF3\xF1\xEF\xEE\xED\xEC\xEB\xE9\xE8\xF5\xFA\xF9\x89\x07\x98\x07\xDE\xF5\x95\x07\x97\x07\x96\x07\x94\x07\x93\x07\x92\x07\xB8\x90\x07\x8F\x07\x8E\x07\x8D\x07\x8C\x07\x8B\x07\x8A\x07\xBA\xF1\xDC\x07\xDA\x07\xD9\x07\xD8\x07\x8E\xE1\x07\xDF\x07\xE2\x07\xE5\x07\xE7\x07\xB0
\xD4\xAE
\xB8
\xD2\xB6
\xB5
\xB4
\xB3
\xD0\xB2
\xB1
\x85\b\x86\b\x8B\b\x89\b\x88\b\xA0\b\x9F\b\x9E\b\x9D\b\x9C\b\x9B\b\x9A\b\x99\b\x98\b\xF0\x97\b\x96\b\x99\xEF\x95\b\x94\b\x98\x92\b\x91\b\x8F\b\x8E\b\x8D\b\xC4	\x9E
\xC3	\xA1
\xC2	\xC1	\xC0	\xBF	\x9C
\x9A
\xC8\xBE	\xBD	\xBC	\x94\xBB	\xBA	\xB9	\x9A\xCD	\xCC	\xCB	\xCA	\xC9	\xC8	\xC7	\xC6	\xC5	\xD3	\xA9\xD2	\xD1	\xD0	\xCF	\xCE	\xD6	\xD4	\xDC	\xDB	\xDA	\xD9	\xD8	\xD7	\xDE	\xDD	\xDF	\xE0	\xE8	\xE7	\xBE\xBD\xE6	\xE4	\xE3	\xE2	\xE1	\xEC	\xEB	\xEA	\xE9	\xF1	\xF0	\xEF	\xEE	\xED	\xF3	\xF2	\xF6	\xF5	\xF4	\x8A
\x89
\x88
\x87
\x86
\x85
\x84
\x83
\x82
\x81
\x80
\xFF	\xFE	\xFD	\xFC	\xFB	\xFA	\xF9	\xF8	\xF7	\x8B
\x97
\x9E	\x96	\x99	\x96
\xA1	\xA2	\x9F	\xB1\x9C	\x97	\xF1\xD0\x94
\x8F	\x8C	\x89	\x93
\x95	\x8E	\x8A	\xA0	\x9D	\x9B	\xA2\xB6\xE8\b\x8B	\x9A	\x92
\x91
\x90
\x8F
\x8E
\x8D
\x8C
\xA3
\xA2
\xA0
\x9F
\x9D
\x9B
\x99
\x98
\xA5
\xA4
\xA9
\xA7
\xA6
\xAA
\xAB
\xAD
\xAC
\x99\x07\xA1\x07\xA0\x07\x9F\x07\x9B\x07\x9D\x07\x9C\x07\x9A\x07\xA3\x07\xA2\x07\xCA\x07\xC9\x07\xC8\x07\xFD\xC7\x07\xC6\x07\xC5\x07\xC4\x07\xC3\x07\xC2\x07\xC1\x07\xC0\x07\xFB\xBF\x07\xBE\x07\xBD\x07\xFA\xBB\x07\xBA\x07\xB9\x07\xCF\x07\xCE\x07\xCD\x07\xCC\x07\xCB\x07\xEA\x07\xEE\x07\xED\x07\xAE\x07\xAD\x07\xAC\x07\xAB\x07\xAA\x07\xA9\x07\xA8\x07\xA7\x07\xA6\x07\xA5\x07\xA4\x07\xB8\x07\xB7\x07\xB6\x07\xB5\x07\xB4\x07\xF8\xB3\x07\xB2\x07\xB1\x07\xB0\x07\xAF\x07\x90	\x91	\xA5	\xA3	\xA4	\xB4\x8D	\f]
\x8A\xA4\xA9
6\x7F@ B\x80\x80\x80\x80\xF0~T\r\0 \xA7" (\0"Ak6\0 AJ\r\0 \0( \xCF\v\v\0 \0 \0(\x846\x98 \0A\x80j \vO\x7F \0(" \0(\bF@#\0Ak"$\0  :\0 \0 AjA\` Aj$\0\v \0 Aj6 \0(\0 j :\0\0\v\r\0 \0  A\xDF\v\xD4\x7F~#\0Ak"$\0\x7F@ \0(\0((\x80 K@ \0A\xFA"A\0\x1B\f\v \0 \0A\bj"\x8D \0 \0(,"6$  6\f \0A\x006 @ \0 6\f@@@@@@\x7F@@@@@@@@@@@@@@@@@@@@@@@@@@@@ -\0\0"}\0\b\x07\r	
\f\f\f\f\f\f\f\f\f\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\v \0(0 K@A\0!\f\v A\xAA\x7F6\0\f\v \0 Aj\xD1\r  \0(,6\f\f\v Aj  -\0A
F\x1B!\v  Aj6\f\f\v  Aj6\f\f\v@@ -\0"A*G@ A/F\r A=G\r  Aj6\f A\x86\x7F6\0\f\v Aj!@  6\f@@@@@ -\0\0"A
k\0\v A*G@ \r  \0(0I\r \0A\xCD.A\0\x1B\f"\v -\0A/G\r  Aj6\f\f#\v \0A6  Aj!\f\v \xC0A\0N\r A A\fjM"A~qA\xA8\xC0\0F@ \0A6  (\f!\f\v (\f! A\x7FG\r\0\v Aj!\f\v Aj!\f\0\v\0\v Aj!A\0\f\v  Aj6\f A/6\0\f\vA\xDC\0! -\0A\xF5\0G\r  Aj6 AjA\xE8"A\0H\r \xB3E\r  (6\f A6\b\f\v A\x006\b  Aj6\f\f\v  Aj"6\f  Aj6A\xDC\0!@ ,\0"A\xDC\0F@ -\0A\xF5\0G\r AjA\xE8!\f\v "A\0N\r\0 A AjM!\v \xB3E@ \0A\xE1\xF6\0A\0\x1B\f\v  (6\f \0 A\fj A\bj A\xE5"E\r \0A\xA9\x7F6\b \0 6\f\vA.! -\0"A.G\r -\0A.G\r  Aj6\f A\xA5\x7F6\0\f\v -\0A:kA\xFFqA\xF6I\r \0(4-\0jAqE\r \0A\xE7\xFD\0A\0\x1B\f\v A0kA\xFFqA
O\r\v@ \0(\0  A\fjA\0A\xF4\0\xC7"\x07B\x80\x80\x80\x80p\x83"\bB\x80\x80\x80\x80\xE0~R@ \bB\x80\x80\x80\x80\xE0\0Q\r (\fA A\bjM\xFAE\r\v \0(\0 \x07 \0A\xA1\xE1\0A\0\x1B\f\v \0 \x077 \0A\x80\x7F6\b\f\vA*! -\0"A*G@ A=G\r  Aj6\f A\x85\x7F6\0\f\v -\0A=F@  Aj6\f A\x90\x7F6\0\f\v  Aj6\f A\xA3\x7F6\0\f\v -\0A=G@A%!\f\v  Aj6\f A\x87\x7F6\0\f\vA+! -\0"A+G@ A=G\r  Aj6\f A\x88\x7F6\0\f\v  Aj6\f A\x95\x7F6\0\f\vA-! -\0"A-G@ A=G\r\r  Aj6\f A\x89\x7F6\0\f\v@ \0(<E\r\0 -\0A>G\r\0 \0( \r\v \0($ \0((F\r\v\v  Aj6\f A\x94\x7F6\0\f\v@@@ -\0"A<k\0\v  Aj6\f A\x9A\x7F6\0\f\v -\0A=F@  Aj6\f A\x8A\x7F6\0\f\v  Aj6\f A\x96\x7F6\0\f\vA<! A!G\r\v \0(<E\r\v -\0A-G\r\v -\0A-F\r	\f\v\vA>!@@ -\0A=k\0\f\v  Aj6\f A\x9C\x7F6\0\f\r\v@@@ -\0A=k\0\v -\0A=F@  Aj6\f A\x8C\x7F6\0\f\v  Aj6\f A\x98\x7F6\0\f\v  Aj6\f A\x8B\x7F6\0\f\r\v  Aj6\f A\x97\x7F6\0\f\f\vA=!@@ -\0A=k\0\v\v -\0A=F@  Aj6\f A\x9E\x7F6\0\f\r\v  Aj6\f A\x9D\x7F6\0\f\f\v  Aj6\f A\xA4\x7F6\0\f\v\v -\0A=G@A!!\f	\v -\0A=F@  Aj6\f A\xA0\x7F6\0\f\v\v  Aj6\f A\x9F\x7F6\0\f
\vA&! -\0"A&G@ A=G\r\b  Aj6\f A\x8D\x7F6\0\f
\v -\0A=F@  Aj6\f A\x91\x7F6\0\f
\v  Aj6\f A\xA1\x7F6\0\f	\v -\0A=G@A\xDE\0!\f\x07\v  Aj6\f A\x8E\x7F6\0\f\b\vA\xFC\0! -\0"A\xFC\0G@ A=G\r  Aj6\f A\x8F\x7F6\0\f\b\v -\0A=F@  Aj6\f A\x92\x7F6\0\f\b\v  Aj6\f A\xA2\x7F6\0\f\x07\vA?! -\0"A.G@ A?G\r -\0A=F@  Aj6\f A\x93\x7F6\0\f\b\v  Aj6\f A\xA6\x7F6\0\f\x07\v -\0A0kA\xFFqA
I\r  Aj6\f A\xA7\x7F6\0\f\v \xC0"A\0N\r A A\fjM"A~qA\xA8\xC0\0F\r\x07 \xD6\r\b \xB3@ A\x006\b\f\v \0A\xCB\xC9\0A\0\x1B\f\v \0 A Aj  A\fj\xD0E\r\f\vA\v!@@@ E@  6\f\f\v@@ -\0\0"A
k

\0\v \r\0  \0(0O\r	\f\v \xC0A\0N\r A A\fjM"A~qA\xA8\xC0\0F\r\b (\f! A\x7FF\r\vA!\f\v Aj!A\0!\f\0\v\0\v  6\0  Aj6\f\f\v \0 A\fj A\bj A\0\xE5"E\r \0 6 (\b! \0A\x006 \0 6 \0A\x83\x7F6\b \0\xE4\v \0 (\f6,A\0\f\v A\xA8\x7F6\0\f\v \0A6 \v (\f!\f\0\v\0\vA\x7F\v Aj$\0\v\x82	\x7F~#\0A k"\b$\0@@@ B \x88"\fB\xFF\xFF\xFF\xFFR@B\x80\x80\x80\x80\xE0\0!\v@@@@@@ \f\xA7"Ak	\0\v A\x07j\v \0 A\xCC\xDF\0\x94\f\x07\v \0 A\x9C\x8D\x94\f\v \xA7! \0\x7F@ A\0H@ A\xFF\xFF\xFF\xFF\x07q" ("\x07A\xFF\xFF\xFF\xFF\x07qO\r Aj! \x07A\0N\r  Atj/\0\f\v A2G\r 5B\xFF\xFF\xFF\xFF\x07\x83!\v\f\x07\v  j-\0\0\vA\xFF\xFFq\xD5!\v\f\v \xA7! \0\x7F@ A\0H@ A\xFF\xFF\xFF\xFF\x07q" (O\r@ \xA7! B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FQ@ Aj! (A\0N\r  Atj/\0\f\v  )"\xA7("A\xFF\xFF\xFF\xFF\x07q  B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FQ\x1B"I\r\0  k! )!\f\0\v\0\v A2G\r 5!\v\f\v  j-\0\0\vA\xFF\xFFq\xD5!\v\f\v \0 \x9A\xA7"\r\f\v \xA7!\v A\xFF\xFF\xFF\xFF\x07q!	@@ ("A0j!
  ( qA\x7FsAtj(\0!@@ E\r  
 AkAt"j"\x07(G@ \x07(\0A\xFF\xFF\xFFq!\f\v\v ( j!@@@@ \x07(\0AvAk\0\v (\0"E\r  (\0Aj6\0 \0 \xADB\x80\x80\x80\x80p\x84 A\0A\0=!\v\f\x07\v (\0()\0"\vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xC0\0Q@ \0 \xDE\f\v \vB\x80\x80\x80\x80\xF0~T\r \v\xA7"\0 \0(\0Aj6\0\f\v \0    \x07\xFAE\r\f\v )\0"\vB\x80\x80\x80\x80\xF0~T\r \v\xA7"\0 \0(\0Aj6\0\f\v@ /"A\x80\bqE\r\0 A\x80q@ A\0H@ (( 	K@ \0 \xADB\x80\x80\x80\x80p\x84 	\xA3!\v\f\x07\v /A!kA\xFF\xFFqA\xF4\xFFO\r\f\v /AkA\xFF\xFFqA\vK\r \0 \xAB"E\rB\x80\x80\x80\x80\xE0\0B\x80\x80\x80\x800 A\0H\x1B!\v\f\v \0((D /Alj("E\r\0 ("\x07@  (\0Aj6\0 \0 \xADB\x80\x80\x80\x80p\x84"   \x07,\0!\v \0 \f\v (\0"E\r\0  (\0Aj6\0 \0 \b \xADB\x80\x80\x80\x80p\x84"  \0! \0  A\0H\r E\r\0 \b-\0\0Aq@ \0 \b) \0 \b) A\0A\0=!\v\f\v \b)\b!\v\f\v ((,"\r\0\v E\r \0 \xD4\vB\x80\x80\x80\x80\xE0\0!\v\f\vB\x80\x80\x80\x800!\v\v \bA j$\0 \v\v\0 A\xEEN@ \0( \xFB\v\vR\x7F \0(\b \0("kAM@#\0Ak"$\0  ; \0 AjA\` Aj$\0\v \0(\0 j ;\0\0 \0 Aj6\v)\x7F#\0Ak"$\0  6\f \0 \0(\f  \xED Aj$\0\v\0 \0  B\x80\x80\x80\x800  A\xDD\v@\x7F \0(4"A\x80jA\xCBE@ (\x80 (\x84j \0(\0  6\0\0  (\x84Aj6\x84\v\v%\0 \0   B\x80\x80\x80\x800B\x80\x80\x80\x800 A\x80\xCE\0rx \0 \v7\x7F \0(\b \0("kAM@ \0 \xDC\v \0(\0 j 6\0\0 \0 Aj6\v+\0 A\xEEN@ \0((8 Atj(\0"\0 \0(\0Aj6\0\v \v~ )\0!  7\0 \0 \v3\x7F@ B\x80\x80\x80\x80\xF0~T\r\0 \xA7" (\0"Ak6\0 AJ\r\0 \0 \xCF\v\vj\x7F \0(4"\xF2E@A\x7F\vA\x7F!@ A\0H\x7F \0:"A\0H\r \0(4 \v  \0(4A\x80j  \0(4(\xA4 Alj"\0 \0(\0Aj6\0 !\v \v;\0 A\0N@ \0(4A\xB4 \0(4A\x80j  \0(4"\0(\xA4 Alj \0(\x846\v\v\v\0 \0A\x9E4A\0\v\xD2\x7F~A"!@~@@@@@@@A\b B \x88\xA7" A\bkAoI\x1BA	j\0\0\0\0\0\0\0\0\0\v \0A\xCD3A\0B\x80\x80\x80\x80\xE0\0\v B\x80\x80\x80\x80\xF0~T\r \xA7"\0 \0(\0Aj6\0\f\vA!\f\vB\x80\x80\x80\x80\xE0\0 \0 ("B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0A\x88"B\x80\x80\x80\x80\xE0\0R@ \0 A2 \xA7"5B\xFF\xFF\xFF\xFF\x07\x83A\0 B\x80\x80\x80\x80\xF0~Z@  (\0Aj6\0\v \0  \xB2\v \0  \vA!\f\vA\x07!\vB\x80\x80\x80\x80\xE0\0 \0 \x88"B\x80\x80\x80\x80\xE0\0Q\r\0 B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0  \xB2 \v\v \v%\x7F \0("Aj  (\0\0"E@ \0\xC9\v \v\v\0 \0 A\0\xA2\v\xA5\v\x7F \0(\0!#\0Ak"\b 6\fA\x7F!	@@@ \b "Aj"6\f (\0"\x07A\x7FF\r\0 \0(!
@ " 
N\r   j"\f-\0\0"At"\r-\0\xC0\xDAj" 
J\r A\xC4F@ \f(\0!	\f\v\v  \x07G@ \x07Av F  \x07AvA\xFFqFr  \x07A\xFFqFrE  \x07A\bvA\xFFqGq E \x07A\x80Irr\r \0 6\v Aj!@@@@@@@@ \rA\xC0\xDAj-\0Ak\0	\0						\x07		\v  j-\0\0! \b A\bj"6\f ("A\x7FF@ \0 6\f	\v  F\r\b\f	\v  j/\0\0! \b A\bj"6\f ("A\x7FF@ \0 6\f\b\v  F\r\x07\f\b\v \0  j(\0\x006\f\v \0  j"(\0\x006 \0 /\06\f\v \0  j(\0\x006 \f\v \0  j"(\0\x006  \0 -\06\f\v \0  j"(\0\x006  \0 /\06\f\v \0  j"(\0\x006  \0 (\06 \0 -\0\b6\f\v\v \0 	6\f \0 6\bA!\v\v \v\v/\x7F@ A\x07v"@ \0 A\x80rA\xFFq !\f\v\v \0 A\xFFq\v;\x7F#\0Ak"$\0\x7F  \0(\bG@  6\0 \0A\xB0\xBA \x1BA\x7F\f\v \0\v Aj$\0\v8\x7F@@ B\x80\x80\x80\x80pT\r\0  \xA7"/G\r\0 ( "\r\v \0 \x96A\0!\v \v\x89\x7FA\x7F!@@@@@@@@@ B \x88\xA7"A	j\x07\x07\x07\x07\x07\0\x07\x07\b\x07\v \xA7A\0G\v \xA7\v \xA7( \0 A\xFF\xFF\xFF\xFF\x07qA\0G\v \xA7( \0 A\0G\v \xA7A\0G\v \xA7"A\bj! (!\x7F@A\0 Ak"A\0H\r  Atj(\0E\r\0\vA\v \0 \v \xA7. \0 A\0N\v A\bkAnM@ B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B}B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0T\v \0 A!\v \v\0\0\v\x7FA\b\x96"@  \x007\0\v \vK\x7F B\x80\x80\x80\x80pT@A\0\v \xA7"/"A\rF@A\v A2F@ ( -\0\v \0((D Alj(A\0G\v\x86~\x7F \xA7"A\0H B \x88"B\0RrE@ A\x80\x80\x80\x80xr\v B\xF8\xFF\xFF\xFFQ@ \0 \0( \xB3 \v \0 \x93"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80\xE0\0Q@A\0\v B\x80\x80\x80\x80\x80\x7FQ@ \0( \xA7\xB3\v \0( \xA7\xB3\v\r\0 \0  A\xDF\v\v\0 \0 A\xF9\v,\x7F#\0Ak"$\0  6\f \0A\xE8\0jA\x80  \xDD Aj$\0\vi\x7F\x7F \0(\b" \0(\fN@A\x7F \0 Aj \xC5\r \0(\b!\v \0 Aj6\b \0(Aj!@ \0(@  Atj ;\0\f\v  j :\0\0\vA\0\v\v\r\0 \0  A\xDF\vj\x7F@ \0(\xD8"E\r\0 \0(\xE0" \0(\xDCN\r\0  \0(\xE8I\r\0  \0(\xE4F\r\0  Atj" 6  6\0 \0 6\xE8 \0 Aj6\xE0 \0 6\xE4\v\v5\0 \0 A2 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ B\x007\0A\x7F\v \0  \xAE\v\xE3~\x7F#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!@@ \0  A\0A\0 A\fj\xA0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@@@ (\f\0\v A\x006\0 !\f\v \0  A6\0B\x80\x80\x80\x800!\f\v \0 A\xED\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0  \0 -"6\0B\x80\x80\x80\x800! E@ \0 A\xC4\0 A\0!\v \0 \f\v \0  A\x006\0\v Aj$\0 \v!\x7F \0(4\xCB"A\0H@ \0(4A6\x8C\v \v\0 \0    A\x80\x80\xA1\v\xFB\x7F~B\x80\x80\x80\x80\xE0\0! \0(~B\x80\x80\x80\x80\xE0\0 \0(! \0(\b"E@ \0(\0("Aj  (\0\0 \0A\x006 \0(\0A/3\v \0(\f J@ \0(\0("Aj   \0("t kAj (\b\0"E@ \0(!\v \0 6\v  \0("\x7F   \0(\bjA\0:\0 \0(\vAt" (A\xFF\xFF\xFF\xFF\x07qr6  \0(\bA\xFF\xFF\xFF\xFF\x07q r6 \0A\x006 \xADB\x80\x80\x80\x80\x90\x7F\x84\v\v\0 \0  B\x80\x80\x80\x800  A\xDD \0 \v0\0  \0(\b \0(\f\xDA"A\0H@ \0\xCDA\x7F\v \0 \0(\b j6\bA\0\v8\x7F@ \0("Aj  (\0\0"@ E\r A\0 \xFC\v\0 \v \0\xC9\v \v~ \0 ( \0 \v}\x7F@@ \0"AqE\r\0 -\0\0E@A\0\v@ Aj"AqE\r -\0\0\r\0\v\f\v@ "Aj!A\x80\x82\x84\b (\0"k rA\x80\x81\x82\x84xqA\x80\x81\x82\x84xF\r\0\v@ "Aj! -\0\0\r\0\v\v  \0k\v!\x7F \0($" (\0Aj6\0 \0 AA\0\xFE\v\r\0 \0  A\0\x9B\v\xD6\x7F~\x7F E@B\x80\x80\x80\x800!A\0\f\v \0(")\x88! B\x80\x80\x80\x80\xC0\x007\x88A\x7F\v!@ \0 A A\0"\x07B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80 Q B\x80\x80\x80\x800QrE@A\x7F! B\x80\x80\x80\x80\xE0\0Q\r \0 \x07 A\0A\0=!\x7F  \r\0A\x7F B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0  B\xFF\xFF\xFF\xFFoV\r\0 \0%A\x7F\v! \0 \f\v !\v @ \0 \x8A\v \v\r\0 \0  A\x90\v\xF2~\x7F@@ \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0(8)\b"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0)@!\x07\f\vB\x80\x80\x80\x80\xE0\0!\r \0 \x07A? \x07A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\v@@@ \fAq@ \0(8 Atj)\0"B\x80\x80\x80\x80\xF0~T\r \xA7" (\0Aj6\0\f\vB\x80\x80\x80\x80\xE0\0!\r \0  A \fAq\x1B \vAj\xF2"B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x800!\x07\f\v A\0H\r\0 B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0(8 Atj 7\0\v~B\x80\x80\x80\x800 \0  
 \v\xC1\r\0B\x80\x80\x80\x80\xE0\0 \0      \x07 	Aj\x92"\rB\x80\x80\x80\x80\xE0\0Q\r\0@ \0 \r \b 	\xC1\r\0 \fAqE@ \0)\xD0!\x07 \rB\x80\x80\x80\x80\xF0~Z@ \r\xA7" (\0Aj6\0\v \0 \x07  \rA\xA8A\0H\r\v \0 \r A\0AA \fA\bI\x1B\xF2 !\x07\f\v \r\v!\x07 !\r\v \0 \rB\x80\x80\x80\x80\xE0\0!\r !\v \0  \0 \x07\v \r\v.\0 \0 \x8B"E@ \0 \v \0    A\x80\x80\xA1 \0 \v)\x7F B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0  h\v&\x7F@ \0(\bA\x83\x7FG\r\0 \0( G\r\0 \0(E!\v \v\x92\x7F~@@@@@@@ ("A0j!  ( qA\x7FsAtj(\0!@ E\r   AkAt"j"(G@ (\0A\xFF\xFF\xFFq!\f\v\v ( j! (\0! E\r B\x80\x80\x80\x8007 B\x80\x80\x80\x8007 B\x80\x80\x80\x8007\b  AvA\x07q"6\0@@@@ (\0AvAk\0\v  Ar6\0 (\0"\0@ \0 \0(\0Aj6\0  \0\xADB\x80\x80\x80\x80p\x847\v ("\0E\r	 \0 \0(\0Aj6\0  \0\xADB\x80\x80\x80\x80p\x847A\v (\0()\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xC0\0Q\r \x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7"\0 \0(\0Aj6\0\v  \x077\b\f\b\v \0    \xFAE\r\f\v\v )\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7"\0 \0(\0Aj6\0\v  \x077\b\f\vA! A\xFF\xFF\xFF\xFF{J\r (\0(5B \x86B\x80\x80\x80\x80\xC0\0R\r\v \0 \xDE\f\vA\0! /"A\x80\bqE\r\0 A\x80q@ A\0N\r A\xFF\xFF\xFF\xFF\x07q" (("I! E  Or\r B\x80\x80\x80\x8007 B\x80\x80\x80\x8007 A\x076\0  \0 \xADB\x80\x80\x80\x80p\x84 \xA37\b\f\v \0((D /Alj("E\r\0 (\0"E\r\0 \0  \xADB\x80\x80\x80\x80p\x84  \0!\v \vA\x7F\vA\v\xD9\x7F@ B\x80\x80\x80\x80pZ@ \xA7!@@ -\0AqE\r\0 \0((D /Alj("E\r\0 ("E\r\0  (\0Aj6\0 \0 \xADB\x80\x80\x80\x80p\x84"  \0 \0 \v  (\0Aj6\0 \0A\0  J! \0 \xADB\x80\x80\x80\x80p\x84 \r@ /AkA\xFF\xFFqA\vK\r\0 \0 \xAB"E\r\0 Au\v ((,"\r\0\v\vA\0!\v \v\xAE\x7F@  O\r\0  k! Aj!@ (A\0H@A\0! A\0 A\0J\x1B!  Atj!A\0!@  FE@   Atj/\0r! Aj!\f\v\v@ \0(\b j" \0(\f"J@ \0  \xC5E\r\f\v \0( A\x80Hr\r\0 \0 \xFD\r\v@ \0(E@A\0!@  F\r \0( \0(\bj j  Atj-\0\0:\0 Aj!\f\0\v\0\v At"E\r\0 \0( \0(\bAtjAj  \xFC
\0\0\v \0 \0(\b j6\b\f\v \0  j \x95\vA\x7F\vA\0\v\xC4\x7F \0Aj!@@@ \0,\0\0"A\0N@ ! !\f\vA\x7F! A@kA\xFFq"\x07A=K\r \x07At(\xC4\x87" N\r Ak!\x07 \0 jAj!  A\xA3\x87j-\0\0q!A\0!\0@ \0 G@ ,\0\0"A\xBF\x7FJ\r A?q Atr! \0Aj!\0 Aj!\f\v\v  \x07At(\xB0\x87I\r\v  6\0\v \vA\x7F\v\0 \0 ) \0 ) \0 )\b\v\x7F \0 0\x7FA\0 \0A\xC9\xD5\0A\0A\x7F\v\v\x8F\x07\x7F~#\0Ak"$\0@@ B\x80\x80\x80\x80pT B\xFF\xFF\xFF\xFFVr\r\0 \xA7!@@@@@@@@@@@@@ \xA7"/Ak\0\r\r\r\r\r\0\r\r\r\r\r\r\r\r\r\r\r\x07\b	
\v\f\r\v (( M\r\f ($ Atj)\0"B\x80\x80\x80\x80\xF0~T\r\r \xA7"\0 \0(\0Aj6\0\f\r\v (( M\r\v ($ Atj(\0()\0"B\x80\x80\x80\x80\xF0~T\r\f \xA7"\0 \0(\0Aj6\0\f\f\v (( M\r
 ($ j0\0\0B\xFF\xFF\xFF\xFF\x83!\f\v\v (( M\r	 ($ j1\0\0!\f
\v (( M\r\b ($ Atj2\0B\xFF\xFF\xFF\xFF\x83!\f	\v (( M\r\x07 ($ Atj3\0!\f\b\v (( M\r ($ Atj5\0!\f\x07\v (( M\r ($ Atj(\0"\0A\0N@ \0\xAD!\f\x07\vB\x80\x80\x80\x80\xE0~ \0\xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\f\v (( M\r \0 ($ Atj)\0\x9C!\f\v (( M\r \0 ($ Atj)\0\x89!\f\v (( M\rB\x80\x80\x80\x80\xE0~ ($ Atj/\0\xF5\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\f\v (( M\rB\x80\x80\x80\x80\xE0~ ($ Atj*\0\xBB\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\f\v (( M\r\0B\x80\x80\x80\x80\xE0~ ($ Atj)\0"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\f\v@@@ B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80 Q\x7FA\xE9\xDF\0 B\x80\x80\x80\x800R\rA\xD1\x8D\v! \0   6\0 \0A\xE2\xC2\0 \f\v \0 1! \0  \r\vB\x80\x80\x80\x80\xE0\0!\f\v \0   A\0! \0 \v Aj$\0 \v\0 @ \0 Ak\xADB\x80\x80\x80\x80\x90\x7F\x84\v\v	\0 \0A\xBA\v\x8D\x7F (x"A\xFE\xFFN@ \0A\xFF?A\06A\x7F\vA\x7F! \0 A\xF0\0jA A\xF4\0j AjT\x7FA\x7F  (x"Aj6x (p Alj"A\x006 B\x007\b B\x007\0 \0  !\0 A\x7F6  \x006\0 (xAk\v\vl\x7F (\0 H\x7F#\0Ak"$\0 \0 (\0  (\0AlAm"\0 \0 H\x1B"\0 l A\fj\xC3"\x7F  (\f n \0j6\0  6\0A\0A\x7F\v Aj$\0A\0\v\v-\0 B\x80\x80\x80\x80\`\x83B\x80\x80\x80\x80 Q@ \0A\xF8\xDC\0A\0B\x80\x80\x80\x80\xE0\0\v \0 (\v\xBC~\x7F@@ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0(8 Atj)\0"B\xFF\xFF\xFF\xFF\xEF~V\r\f\v \0 A? A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \v B\xFF\xFF\xFF\xFFoV\r \0  \0 \x8E"E@B\x80\x80\x80\x80\xE0\0\v (8 Atj)\0"B\x80\x80\x80\x80\xF0~T\r\v \xA7" (\0Aj6\0\v \0  i \0 \v\v\0 \0 A\0\xF9\vA\x7F @@  FE@ \0  Atj( Aj!\f\v\v \0("\0Aj  \0(\0\0\v\v>\0 A\x81\x80N@ \0A\xBC\xF0\0A\02A\0\v \0 AtA\bj'"\0E@A\0\v \0 6 \0A6\0 \0\vd\x7F B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v@ \0  \x96"\r\0@ (\0"\0A\0H@ \0 j"\0A\0 \0A\0J\x1B!\f\v \0 L\r\v  6\0\v \v7\x7F@ B\x80\x80\x80\x80pZ@ \xA7"/AkA\xFF\xFFqA\fI\r\vA\0! \0A\x96 A\0\v \v\xBA\x7F@@ B\xFF\xFF\xFF\xFF\x07X@ \0  \xA7A\x80\x80\x80\x80xrK"A\0L\r \0  P"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\rA\x7F!\f\v \0 \x85"E@A\x7F!\f\v@ \0  K"A\0L@B\x80\x80\x80\x800!\f\v \0   A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\0A\x7F!\v \0 \f\vB\x80\x80\x80\x800!\v  7\0 \v\xB0\x7F~@ \0/"AK@ A!O\rA!@ \0( "(\f( "-\0\b\r\0 (" (\0"K\r\0A\0! (\r\0A! \xAC" \xAD"\x07 5|S\r\0 \x005(A A\xA7\xC8j-\0\0t\xAC~ \x07| U!\v \vA\xF2\x95A\xDF\x90A\x8E\xB8A\xE1\x91\0\0\vA\x97\x96A\xDF\x90A\x8F\xB8A\xE1\x91\0\0\v\0 \0-\0\0A qE@   \0\xC7\v\v\xAA\0@@@@ AL@@@@@@@@@@ A\xD5\0k	\0\x07\b
\v \0 A=kA\xFFq\v \0 A9kA\xFFq\v \0 A5kA\xFFq\v \0 A1kA\xFFq\v \0 A-kA\xFFq\v \0 A)kA\xFFq\v \0 A%kA\xFFq\v \0 A!kA\xFFq\v \0 AkA\xFFq\v A\xFFK\r@@@ A\xD5\0k\0\v \0A\xC0\f\v \0A\xC1\f\v \0A\xC2\f\v A"F\r\v \0 A\xFFq \0 A\xFF\xFFq\v \0 AkA\xFFq\v \0 \vb\x7F\x7F@@  \0(\b \0("kK@A\x7F \0 \xCB\r \0(!\f\v E\r\v @ \0(\0 j  \xFC
\0\0\v \0(!\v \0  j6A\0\v\vi\x7F#\0A\x80k"$\0 A\x80\xC0q  LrE@    k"A\x80 A\x80I"\x1B\x88 E@@ \0 A\x80^ A\x80k"A\xFFK\r\0\v\v \0  ^\v A\x80j$\0\v6\x7F  \0(4"(\x9CG@ A\x80j"A\xC4   \0((k  6\x9C\v\v%\x7F#\0Ak"$\0  \x006\f A\fj \xAD Aj$\0\v\`\0 \0  B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX~ B\xFF\xFF\xFF\xFF\x83B\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v A\x87\x80\xA0\vd\x7F B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v@ \0  \xA4"\0\r\0 )\0"B\0S@   |"7\0\v  Y@ " Y\r\v  7\0\v \0\v&\x7F#\0Ak"$\0  6\f \0   \xDD Aj$\0\v\0 \0 \0(8)\bAi\v\xB3| B\xFF\xFF\xFF\xFF/X@  \xA7\xB79\0A\0\v B \x88\xA7A\bkAnM@  B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|7\0A\0\v\x7F \0 \x86"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@D\0\0\0\0\0\0\xF8\x7F!A\x7F\f\v|A\b B \x88\xA7"\0 \0A\bkAoI\x1B"\0A\bG@ \xA7\xB7 \0E\r.\0\v B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF\v!A\0\v  9\0\v\xA8\x7F \0("(\xF4 \xA7A\0 B\xFF\xFF\xFF\xFFoV\x1B"A\x81\x80\xDC\xF1ylA\xFF\xFF\xA3\x8Ek"A  (\xE8kvAtj!@@@ (\0"@@ ( G\r\0 (, G\r\0 ( E\r\v A(j!\f\v\v \0 A\x9D"\rB\x80\x80\x80\x80\xE0\0\v  (\0Aj6\0\v \0  A\0\xFE\vd\0@@ A\0H\r\0  \0(\xACN\r\0 \0(\xA4 Alj"\0 \0(\0 j"\x006\0 \0A\0H\r \0\vA\xF6*A\xDF\x90A\x83\xB6A\xE0\xE0\0\0\0\vA\xC9\xADA\xDF\x90A\x86\xB6A\xE0\xE0\0\0\0\v\xA4\x7F ("	 G@ \0 	      \x07 \bk"A\0H@A\x7F\vAA AF\x1B!\vA\0! (\xC0"	A\0 	A\0J\x1B!	@@  	G@ (\xC8 Atj"
/ F@  
/\0A\x07qF\r\v Aj!\f\v\v \0      \x07 \b\xF4!\v \v4\x7F -\0\f"AqE@  Ar:\0\f \0 \0(\x8C"\0Aj6\x8C  \0;\v\v\x9B\x7F \0("A\xFF\xFF\xFF\xFF\x07q!@@ A\0H@    J\x1B! \0Aj!\0@  F\r  \0 Atj/\0F\r Aj!\f\0\v\0\v A\xFFK\r\0    J\x1B! \0Aj!\0@  F\r  \0 j-\0\0F\r Aj!\f\0\v\0\vA\x7F!\v \v\v\0 \0 A\xC2\v\xD2\x7F~@ \0 \0)@Ai"	B\x80\x80\x80\x80\xE0\0Q\r\0 \0 AtA\bj'"E@ \0 	\f\v  ;  :\0  :\0  6\0 A\bj!A\0!@  G@  At"\x07j)\0"
B\x80\x80\x80\x80\xF0~Z@ 
\xA7"\b \b(\0Aj6\0\v  \x07j 
7\0 Aj!\f\v\v 	B\x80\x80\x80\x80pZ@ 	\xA7 6 \v \0 	A/ \xA4 	\vB\x80\x80\x80\x80\xE0\0\vi\x7F\x7F \0(\0"Aj" \0(J@A\x7F \0 \xA3\r \0(\0!\v \0 Aj6\0 \0(\b" Atj 6\0 \0 \0(\0"\0Aj6\0  \0Atj 6\0A\0\v\v\xC6\x07\x7F#\0Ak"$\0@ \0(4"E@\f\v@\x7F (\xC8" (\xC4"H@ (\xCC! ! \f\v Aj" AlAm"  H\x1B"\x07At! \0(\0!@ (\xCC" A\xD0jF@ A\0  A\fj\xC3"E\r (\xC8At"E\r  (\xCC \xFC
\0\0\f\v    A\fj\xC3"E\r\v (\f!  6\xCC  Av \x07j6\xC4 (\xC8! \0(4\v  Aj6\xC8  Atj" (\xBC6\0  (\xC06A\xB2 \0(4A\x80j A\xFF\xFFq  6\xBC\f\vA\x7F!\v Aj$\0 \v@\x7F B\xFF\xFF\xFF\xFF\x07X@ \0  P\v \0 \x85"E@B\x80\x80\x80\x80\xE0\0\v \0   A\0 \0 \v\r\0 \0AA$A\x8F\v\v\0 \0A\xFA"A\06\vU\x7F A\0L@ \0A/3\v \0 A\0\xE0"\0E@B\x80\x80\x80\x80\xE0\0\v \0Aj! @   \xFC
\0\0\v  jA\0:\0\0 \0\xADB\x80\x80\x80\x80\x90\x7F\x84\v\xB9\x1B\f\x7F#\0A k"
$\0@@ \0(\0"((\x80 
K@ t\f\v@@@@@@@@@@@@@@@@@@@@@@@@A\b B \x88\xA7" A\bkAoI\x1B"\vA	j	\x07\b
\0	\v \0AjA\f\v \0Aj \xA7AjA\xFFq\f\v \0Aj"\0A \0 \xA7\xC7\f\v \0AjA \0 B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xB7\f\v \0AjA\x07 \0 \xA7\x86\f\v  ("B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 v \0(\0 \f\v \0-\0E\r\x07 \0Aj"A\f  \xA7"/\0"AvA\x80q A\xFFqr  -\0 \0 (\xB8  /(*  /**  /,*  /.*  /0*  (@*  (<*  (*@ ( @  /* /(j*A\0!@  /* /(jO\r \0 (  A\flj"(\0\xB8  (Aj*  /
*  -\0\b"At AvrA\xFFq Aj!\f\0\v\0\v A\0*\vA\0!@  (@NE@ \0 ($ Atj"(\xB8  /*  /\0"AvA\bq A\x07qr AtAqr AvA\xE0qr Aj!\f\v\v (! \0(\0 ("'"E\r @   \xFC
\0\0\v@@  \bJ@  \bj"-\0\0"\x07Aj \x07 \x07A\xB1K\x1BAt"\x07-\0\xC0\xDA!	 \x07-\0\xC3\xDAAkA\xFFqAM@ \0 
Aj (\0\xB6\r  
(6\0\v \b 	j!\b\f\v\v   \`\v \0(\0("Aj  (\0\0A\x7F!  \bJ\r@ -\0AqE\r\0 \0 (D\xB8  (L*  (P (L\` (T@  (H*  (T (H\`\f\v A\0*\vA\0!@  (<N\r At! Aj! \0  (8j)\0vE\r\0\v\f\v \0-\0E\r \0Aj"A\r \0 \xA7"(\xB8  ( *@ (  J@ \0 ( Atj"(\0\xB8 Aj! \0 )\bvE\r\f\v\v  (,*@ (, \bJ@  (( \bAlj"-\0\b (\b  (\0*@ \0 (\f\xB8\v \0 (\xB8 \bAj!\b\f\v\v  (8*A\0!@  (8NE@  (4 Atj(\0* Aj!\f\v\v  (D*A\0!@  (DNE@  (@ Atj"(\0*  -\0 \0 (\b\xB8  (\f* Aj!\f\v\v  -\0dA\x7FA\0 \0 )Xv\x1B!\f\v \xA7!\x07 \0-\0E\r \0A\xC4\0j!@ \0(H"E\r\0 \0(P \0(TAk \x07A\xDBlqAtj!@ (\0"A\x7FF\r (\0 Atj"\bAj! \b(\0 \x07G\r\0\v A\0H\r\0 \0Aj"\0A \0 *\f\vA\x7F!  A\b \0A\xCC\0j AjT\r \0(H"\bAj"	 \0(T"I@ \0(P!\f\vA  AM\x1B!@ "At!  \bM\r\0\v  At'"E\r ("Aj \0(P (\0\0 \0 6T \0 6PA\0!A\0!@  M@@  \0(H"\bOE@ \0(D Atj"  \0(TAk (\0A\xDBlqAtj"(\x006  6\0 Aj!\f\v\v \bAj!	 \0(T!\f  AtjA\x7F6\0 Aj! \0(T!\f\v\0\v\0\v \0Aj"A
 \xA7!@@@@@ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xF0\0Q@ 
 6 
B\x80\x80\x80\x807 
Aj! 
Aj!\0\f\v Aj! ("AG\r "\0(\b!\vA! E\r \0!\v At"Ak!  j(\0!\x07A!\0@ \0E@ !\0\f\v \x07 \0v"\bA\xFFqAkA\xFEI \x07 \0Akv \bsAqr\r Ak! \0A\bk!\0\f\0\v\0\v\f\v !\0 !\v  * E\r\r \0A\bj! Av!A\0!\0@ \0 F@ Aq!A\0!\0@ \0 F\r   (\0Atj(\0 \0AtvA\xFFq \0Aj!\0\f\0\v\0   \0Atj(\0 \0Aj!\0\f\v\0\v\0\v \0AjA\f\f\v \x07/"A\x80\x80q@ A\xB7\x82A\0\f\r\v \x07 A\x80\x80r;\f\v \0 	6H \0(D \bAtj" \x076\0   Ak \x07A\xDBlqAtj"(\x006  \b6\0\v@@@@@@ \x07/"Ak	\0\b\v \0(\0! \0Aj"\x7F@ \0-\0E\r\0 \x07-\0Aq\r\0A\0!\vA\v\f\vA!\vA	\v  
Aj \xDB\r\f  
("* \x07-\0A\bqE\r	A\0!@ \x07((" M@    I\x1B!@  F\r\r Aj! \0B\x80\x80\x80\x800vE\r\0\v\f\v At! Aj! \0  \x07($j)\0vE\r\0\v\f\f\v A"F\r\v AkA\xFF\xFFqA\vM@ \x07( ! \0Aj"A  \x07-\0AkA\xFFq  \x07((*  (*A\x7FA\0 \0 5\fB\x80\x80\x80\x80p\x84v\x1B!	\f\f\v \0(\0A\xBA9A\0\f
\v \0AjA \0 \x07) v!	\f
\v \0AjA \0 \x07) v!	\f	\v \0-\0\r \0(\0!\v 
 \v6\0 A\xEB\xB4 
6\f	\v \x07( "-\0\bE@ \0Aj"A  (\0*  (* \0 5\f\xB7 \0(\0 \0A8jA \0A@k \0(<AjT\r (\f! \0 \0(<"Aj6< \0(8 Atj 6\0A\0!	\f\x07\vA\xA9\x8FA\xDF\x90A\x91\xA5A\x95\xCD\0\0\0\v \x07( "-\0\b@ \0(\0\x83\f\v \0Aj"\0A \0 (\0* \0 (* \0 (\f (\0\`A\0!	\f\v \0Aj"\bA\b \x07("\fA0j!A\0!	A\0!\vA\0!@@@ Ak\0\x07\v \b \v*\vA\0! !@ \f(  K@@ ("E\r\0 \0(\0 \xCC\r\0 (\0"\rA\x80\x80\x80\x80qE\r\0 \rA\x80\x80\x80\x80O@ \0(\0A\xB4\x89A\0\f\b\v E@ \vAj!\v\f\v \0 \xB8 \0 \x07( Atj)\0v\r\x07\v A\bj! Aj!\f\v\v Aj!\f\0\v\0\vA\0!@  F\r  \xFC"E\r \x07("A0j!	  ( qA\x7FsAtj(\0!\b@@\x7F \bE@A\0!\bA\0\f\v 	 \bAkAt"j"\b( G\r \x07( j\v!  @@ \bE\r\0 \b(\0"A\x80\x80\x80\x80qE\r\0 A\xFF\xFF\xFF\xFFK\r \0 )\0vE\r\f\x07\v \0B\x80\x80\x80\x800v\r\v Aj!\f\v \b(\0A\xFF\xFF\xFFq!\b\f\0\v\0\v\0\vA\0!	 \v\r \x07("A0j!  (A\x7FsAtA\xAC|rj(\0!@@ E\r  Ak"Atj"(\0! (A\xF4\0G@ A\xFF\xFF\xFFq!\f\v\v A\xFF\xFF\xFF\xFFK\r \0 \x07( Atj)\0v\r\f\v \0B\x80\x80\x80\x800v\r\f\v A\xB4\x89A\0\vA\x7F!	\v \x07 \x07/A\xFF\xFFq; 	\r\vA\0!\f\vA\x7F!\v 
A j$\0 \v\x90\v\x7F~#\0A0k"\x07$\0 A\x006\0 A\x006\0 \x07A\x006, \x07A\x006( A0q!\v Aq! ("\rA0j!@@@@@ \r(  
J@@ ("	E\r\0A\0  (\0A\x80\x80\x80\x80q\x1B  \0 	\xCC"vAqEr\r\0@ \vE (\0A\xFF\xFF\xFF\xFF{Jr\r\0 ( 
Atj(\0(5B \x86B\x80\x80\x80\x80\xC0\0R\r\0 \0 (\xDEA\x7F!\f\v \0 \x07A$j 	\xB1@ \fAj!\f\f\v E@ \bAj!\b\f\v Aj!\v A\bj! 
Aj!
\f\v\vA\0!
@ /"	A\x80\bqE\r\0 	A\x80q@ AqE\r (( \fj!\f\f\v /"	AF@ AqE\rA\0! ) "B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FQ\x7F \xA7(A\xFF\xFF\xFF\xFF\x07qA\0\v \fj!\f\f\v \0((D 	Alj("	E\r\0 	("	E\r\0A\x7F! \0 \x07A,j \x07A(j \xADB\x80\x80\x80\x80p\x84 	'\0\rA\0!\r@ \r \x07((O\r@  \0 \rAt"	 \x07(,j("\xCCvAq@@ \vE@A\0!\f\v \0 \x07  J"A\0H\r \x7F \x07(\0 \0 \x07NAvAqA\0\v! \x07(, 	j 6\0\v 
 E rAqj!
\v \rAj!\r\f\v\v \0 \x07(, \x07((X\f\v@@ \b \fj" \fI\r\0  j"\b I\r\0 \b 
j" \bI\r\0 A\0N\r\v \0\xC9 \0 \x07(, \x07((XA\x7F!\f\v \0A  AM\x1BAt'"E@ \0 \x07(, \x07((XA\x7F!\f\v ("A0j!A\0!\b \f!	 !\vA!A\0!
@ 
 ( NE@@ ("E\r\0A\0  (\0A\x80\x80\x80\x80q"\x1B  \0 \xCC"vAqEr\r\0 Av!\x7F \0 \x07A$j \xB1@ \bAj!A\0! 	!\r \v\f\v E@ 	Aj!\r \b! 	!\b \v\f\v \b! 	!\r \v"\bAj\v \0  !\v  \bAtj"\b 6\0 \b \v6 !\b \r!	!\v\v A\bj! 
Aj!
\f\v\v@ /"A\x80\bqE\r\0\x7F A\x80q@ AqE\r (("A\0 A\0J\x1B\f\v /AG@A\0!@ \x07(,!  \x07((OE@@A\0   Atj"(\0"\x1B  \0 ("\xCCvAqErE@  \vAtj" 6\0  6 \vAj!\v\f\v \0 \v Aj!\f\v\v \0("Aj  (\0\0\f\v AqE\rA\0 ) "B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FR\r\0 \xA7(A\xFF\xFF\xFF\xFF\x07q\v!\rA\0!@  \rF\r  \bAtj"A6\0  A\x80\x80\x80\x80xr6 Aj! \bAj!\b\f\0\v\0\v \b \fG\r 	 G\r \v G\r \fE rE@  \fA\bA- \0\xD9\v  6\0  6\0A\0!\v \x07A0j$\0 \vA\x96*A\xDF\x90A\xB6\xC1\0A\xA3\xE2\0\0\0\vA\xE9)A\xDF\x90A\xB7\xC1\0A\xA3\xE2\0\0\0\vA\xDE*A\xDF\x90A\xB8\xC1\0A\xA3\xE2\0\0\0\v\xC7\f\x7F~#\0Ak"
$\0@@ B\xFF\xFF\xFF\xFFoX@ \0%\f\v A\x800q"E A\bv" A\x7FsqA\x7FsA\x07q"A\x07Fq! A\x80\xC0\0q!\f A\xFF\xFF\xFF\xFF\x07q!\r \xA7!\b@@@@@ \b("\x07A0j!	 \x07 \x07( qA\x7FsAtj(\0!\x07@@ \x07E\r  	 \x07AkAt"\vj"\x07(G@ \x07(\0A\xFF\xFF\xFFq!\x07\f\v\v \b( \vj!	 
 \x076\f \fE \x07(\0"\vA\x80\x80\x80\x80qErE@ B\x80\x80\x80\x80\xF0~Z@ \xA7"\x07 \x07(\0Aj6\0\v \0 
A\bj A\0\xCB\r\x07~ 
(\b"\x07A\0N@ \x07\xAD\f\vB\x80\x80\x80\x80\xE0~ \x07\xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v! \b("\x07A0j!	 \x07 \x07( qA\x7FsAtj(\0!\x07@@ \x07@ 	 \x07AkAt"\vj"\x07( F\r \x07(\0A\xFF\xFF\xFFq!\x07\f\v\vA\xC8\x9BA\xDF\x90A\xE6\xCD\0A\xB7\0\0\v \b( \vj!	 
 \x076\f \x07(\0!\v\v \vAv" \x9FE\r A0q"A0F@ \0 \b  	 \x07\xFAE\r\f\x07\v@ A\x80\xF4\0qE\r\0 @ \xA7"\rA\0 \0 0\x1B! \xA7"A\0 \0 0\x1B!\f@ \vA\x80\x80\x80\x80|qA\x80\x80\x80\x80G@A\x7F!\x07 \0 \b 
A\fj\xD8\r\v@ 
(\f"\v(\0A\xFF\xFF\xFF\xFF{L@ \b/A1F@ \0 \b \v 	\xD3\r\v \0( 	(\0\x8D\f\v \0 	)\0\v 
(\f"\x07 \x07(\0A\xFF\xFF\xFF\xBFqA\x80\x80\x80\x80r6\0 	B\x007\0\f\v \vA\x80\x80\x80 q\r\0 A\x80q@  	(\0G\r	\v A\x80 qE\r\0 \f 	(G\r\b\v A\x80q@ 	(\0"\x07@ \0 \x07\xADB\x80\x80\x80\x80p\x84\v E B\x80\x80\x80\x80\xF0~TrE@ \r \r(\0Aj6\0\v 	 6\0\v A\x80 qE\r 	("@ \0 \xADB\x80\x80\x80\x80p\x84\v \fE B\x80\x80\x80\x80\xF0~TrE@  (\0Aj6\0\v 	 \f6\f\v@ A F\r\0@ AF@A\0!\v \b/A1F@ \0 \b)  A\0\xD2"\vE\r\v\v \0 \b 
A\fj\xD8@A\x7F!\x07 \vE\r\f \0( \v\x8D\f\f\v 	(\0"@ \0 \xADB\x80\x80\x80\x80p\x84\v 	("@ \0 \xADB\x80\x80\x80\x80p\x84\v 
(\f"(\0A\xFF\xFF\xFF\xBFq!\x07 \vE\r  \x07A\x80\x80\x80\xC0xr6\0 	 \v6\0\f\v \fE \vA\x80\x80\x80\xE0\0qr\r \0  	)\0EE\r\b\f\x07\v  \x076\0 	B\x80\x80\x80\x8007\0\v 
(\f(\0"A\xFF\xFF\xFF\xFF{L@@ \fE\r\0 	(\0(! \b/A\vF@ \0  )\0EE\r	\f\v B\x80\x80\x80\x80\xF0~Z@ \xA7"\x07 \x07(\0Aj6\0\v \0  !\v A\x82qA\x80G\r \b/A\vF@ \0 A\xCC\xF1\0\x87!\x07\f
\v \0 \b 
A\fj\xD8\r\b 	(\0!\x07 \b/A1F@ \x07A:\0\x07 
(\f" (\0A\xFF\xFF\xFF\xBF\x7Fq6\0\f\v \x07()\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0 	(\0!\x07\v \0( \x07\x8D 	 7\0 
(\f" (\0A\xFF\xFF\xFF\xBFq6\0\f\v A\x80\x80\x80\x80q@A!\x07 \f@ B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 \b  \xD6!\x07\v A\x82qA\x80G\r	 
 \b("A0j6\f \0 \b 
A\fj (0AvA=q\x9E\r\b\f	\v \f@ \0 	)\0 B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v 	 7\0\v A\x80qE\r\0 \0 \b 
A\fj 
(\f(\0AvA=q Aqr\x9E\r\x07\vA\x7FA \0 \b 
A\fj   
(\f(\0Av"\0sqAq \0s\x9E\x1B!\x07\f\x07\v 
A\x006\f \b-\0A\bqE\r \b/"\x07AG\r A\0N\r \r \b((O\r E@ \0 \b\x9DE\r\f\v\vA!\x07 \fE\r \b($ \rAtj! B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0  !\f\v \x07AkA\xFF\xFFqA\vK\r\0@@ A\0N@ \0 \xD1"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x800Q\r B\x80\x80\x80\x80\xE0\0Q\rA\x7F!\x07 \0 \xD0"A\0H@ \0 \f\b\v E@ \0  \0 A\xE6\x87!\x07\f\b\v\x7F@@@@A\b B \x88\xA7" A\bkAoI\x1B"A\x07k\0\v AwF\rA\0 \r B\x80\x80\x80\x80\b\x83B\x88\xA7\f\v B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|B?\x88\xA7\f\v B\x80\x80\x80\x80\b\x83B\x88\xA7\f\v \xA7"Aj (Atj(\0Av\v \0 E\r \0 A\x87\x87!\x07\f\x07\v \r \b((I\r\v \0 A\xA5\x87!\x07\f\v E A\x07FqE@ \0 A\x9D>\x87!\x07\f\v \fE\r B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0  \r\xAD  \xF8!\x07\f\v \0 \b     \xD5!\x07\f\vA!\x07\f\v \0 A\xB2\xFA\0\x87!\x07\f\vA\x7F!\x07\v 
Aj$\0 \x07\v\x89\x7F@  \0(OE@ \0(  Atj(\0!@ @ (\0 \0(\f("Aj A\0 (\b\0!\f\v\v Aj!\f\v\v \0(\f("Aj \0( A\0 (\b\0 \0(\f \0(\bA\0 \0(\0\v&\x7F#\0Ak"$\0  6\f \0   \xED Aj$\0\v\0 A\xEEN@ \0 \xFB\v\v\r\0 \0  A\x95\vC\x7F@ E\r\0@ \0-\0\0" -\0\0"F@ Aj! \0Aj!\0 Ak"\r\f\v\v  k!\v \v\x8A\v\x7F~@ A\0N\r\0 /"A\x80q@  A\xFF\xFEq;\f\v A\x80\xC0\0qE\r\0 \0("A\xC8\0j! A\xCC\0j!@ (\0" F\r Aj! ($")\b"B\x80\x80\x80\x80pT  \xA7Gr\r\0\v )"B\x80\x80\x80\x80pT\r\0 \xA7" /A\xFF\xFEq;\v Aj!\b@@@ ("-\0@ \0("\x07(\xF4 ( jA\x81\x80\xDC\xF1yl jA\x81\x80\xDC\xF1yl"\fA  \x07(\xE8kvAtj! A0j!\r@@ (\0"E\r@@ ( \fG\r\0 (, (,G\r\0 (  ( "
AjG\r\0 A0j!\vA\0!@  
G@ \v At"	j"( 	 \rj"	(G\r Aj! 	(\0 (\0sA\x80\x80\x80 I\r\f\v\v \v 
Atj"( G\r\0 (\0Av F\r\v A(j!\f\v\v (" (G@ \0 ( At\xB4"E\r  6 \0(!\x07\v  (\0Aj6\0  6 \x07 \x9C ( ( AtjA\bk\v (\0AF\r \0 \xDA"E\r A:\0 \0( \xA2 \0( \b(\0\x9C \b 6\0\v (\0AG\r\v \0 \b   \x89\r ( (( AtjA\bk\vA\xE4\xABA\xDF\x90A\xF3\xC4\0A\xB5\0\0\vA\0\v\\\x7F \0 \0(\xE8"Ak6\xE8 AL\x7FA\0! \0A\x90\xCE\x006\xE8@ \0("(\x98"E\r\0  (\x9C \0E\r\0 \0\xF6A\x7F!\v A\0\v\v*\x7F B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0  \x9E\v\x87\x07\x07\x7F#\0A\xE0\0k"$\0  6\\@@@@@@@@@@@  Alj"Ak!@@  (\\"Aj6\\@@@@@@ (\0"\b\0	\v AN\r	  A\bj6\\ (! \0(!  \0(\f6\f A\x006\b B\x007\0  A\xD4\0 \x1B6 Aj!  \x9BE\r\x07\f\v AN\r	  A\bj6\\ (! \0(!  \0(\f6\f A\x006\b B\x007\0  A\xD4\0 \x1B6 Aj!  \x81E\r\f\v AN\r	  A\bj6\\ (! \0(!  \0(\f6\f A\x006\b B\x007\0  A\xD4\0 \x1B6 Aj!  \xE4E\r\v A\0 A\0J\x1B!\f\r\v AL\r\b AO\r	 \0(!  \0(\f6\f A\x006\b B\x007\0  A\xD4\0 \x1B6  A k"\x07(\0 A(k"(\0 A\fk"\b(\0 (\0 Ak\x82E@ Ak(\0 \x07(\0A\0 Ak(\0\0 A\bk(\0 \b(\0A\0 Ak(\0\0  (6  )\b7\b  )\x007\0 Ak!\f\v Aj!\f\f\v A\0L\r	 \x83E\r\f\v\v\v\v.\0\v AG\rA\x7F! (\b! \0 (\0"\xA3E@ At"@ \0(\b  \xFC
\0\0\v \0 6\0A\0!\v (\f A\0 (\0\f\b\vA\xBD\x96A\x9F\x91A\xFB\vA\xB6;\0\0\vA\xBD\x96A\x9F\x91A\x82\fA\xB6;\0\0\vA\xBD\x96A\x9F\x91A\x89\fA\xB6;\0\0\vA\xF8\xA9A\x9F\x91A\x94\fA\xB6;\0\0\vA\xBD\x96A\x9F\x91A\x95\fA\xB6;\0\0\vA\xC8\xABA\x9F\x91A\xA5\fA\xB6;\0\0\vA\x9D\xACA\x9F\x91A\xB0\fA\xB6;\0\0\vA\0!\x7F  F\x7FA\x7F  Alj"\0(\f \0(\bA\0 \0(\0 Aj!\f\v\v!\v A\xE0\0j$\0 \v\x9D\x7F~#\0!@ B\x80\x80\x80\x80pT\r\0 \xA7"/A2G\r\0 ( !\v\x7F  \0((\x80I@ \0tA\0\f\v -\0@ \0\xC2A\0\f\vA\0 \0 )\b"  A\0"\x07B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80\xE0\0Q\r\0 B\x80\x80\x80\x800 \x07 B\x80\x80\x80\x80 Q\x1B7\0 \v $\0\v\f\0 \0A\xB9\x8FA\0\v\x85\x7F@ \0(\b" \0(\fN\r\0 \0(@ \0 Aj6\b \0( Atj ;A\0\v A\xFFK\r\0 \0 Aj6\b \0( j :\0A\0\v\x7F@ \0(\b" \0(\fN@ \0 Aj \xC5\r\v@ \0(@ \0 \0(\b"Aj6\b \0( Atj ;\f\v A\xFFM@ \0 \0(\b"Aj6\b  \0(j :\0\f\v \0 \0(\f\xFD\r \0 \0(\b"Aj6\b \0( Atj ;\vA\0\f\vA\x7F\v\v\x83\x7F#\0Ak"$\0@@@@ A\0H@  A\xFF\xFF\xFF\xFF\x07q6\0 A\xC0\0A\xCA# f\f\v  \0(,O\r E@ A\xFF\xA6(\0\x006\0 A\xFC\xA6(\0\x006\0\0\f\v \0(8 Atj(\0"Aq\r !@ E\r\0 ("\0A\0N@ Aj!A\0!@ \0 FE@ \x07  j-\0\0r!\x07 Aj!\f\v\v \x07A\x80H\r\v Aj! !@  \0A\xFF\xFF\xFF\xFF\x07qO\r\x7F \0A\0H@  Atj/\0\f\v  j-\0\0\v!\0  kA9J\r\x7F \0A\xFF\0M@  \0:\0\0 Aj\f\v  \0\xAF j\v! Aj! (!\0\f\0\v\0\v A\0:\0\0\v !\v Aj$\0 \vA\xA6\xED\0A\xDF\x90A\xB3A\x88\x97\0\0\vA\xC7\xB1A\xDF\x90A\xBDA\x88\x97\0\0\v\v\0 \0 A\0\xC2\v]\x7F#\0Ak"$\0@ A\x80\x80qE@ A\x80\x80qE\r \0((\x94"E\r -\0$AqE\r\v A\x006\f \0A A\0\xA7A\x7F!\v Aj$\0 \v\0 \0 \0(8 Atj)\0 i\v\xFF\x7F \0(! (\0"-\0\x7F  \xA4 ( jA\x81\x80\xDC\xF1yl jA\x81\x80\xDC\xF1ylA\0\v!\x07\x7F ( "\b (N@ \0   \bAj\xC7@A\x7F -\0E\r  \xA2A\x7F\v (\0!\v -\0@  \x076  \xA2\v  ( "Aj6   Atj" \0  "\x0064  At" (0A\xFF\xFF\xFFqr60   \0 (qA\x7FsAtj"\0(\0A\xFF\xFF\xFFq r60 \0 ( 6\0A\0\v\v(\0 \0 \0("\0)\x88 \0 7\x88 \0 \0-\0\x91A\bt;\x90\v\r\0 \0  A\x90\v\xA5\x7F@@@A\x7F! \0(\r@@ B \x88\xA7A\x07j\0\v \0 \xA7")\x8C\r )!\f\v\v \0(\0 ("B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0\xAEA\x7F\v \0 \xA7"A\0 (A\xFF\xFF\xFF\xFF\x07qL \0(\0 \v \0 \xA7"\0A\0 \0(A\xFF\xFF\xFF\xFF\x07qL!\v \v\xD0\x7F@@@ E\r\0 (\0"A\0L\r  Ak"6\0 \r\0@ -\0@ \0 )"\f\v ("( /Atj"(\0 G\r A\x006\0 -\0$AqE\r\0 \0 A8k\xFC\v (\b" (\f"6  6\0 B\x007\b \0Aj  \0(\0\0\v\vA\xD7\xACA\xDF\x90A\xF7,A\x87\xEB\0\0\0\vA\x94\xEB\0A\xDF\x90A\xFD,A\x87\xEB\0\0\0\v\x82\f\b\x7F@ \0E\r\0 \0A\bk" \0Ak(\0"Axq"\0j!@ Aq\r\0 AqE\r  (\0"k"A\xD4\xB1(\0I\r \0 j!\0@@@A\xD8\xB1(\0 G@ (\f! A\xFFM@  (\b"G\rA\xC4\xB1A\xC4\xB1(\0A~ Avwq6\0\f\v (!\x07  G@ (\b" 6\f  6\b\f\v ("\x7F Aj ("E\r Aj\v!@ ! "Aj! ("\r\0 Aj! ("\r\0\v A\x006\0\f\v ("AqAG\rA\xCC\xB1 \x006\0  A~q6  \0Ar6  \x006\0\v  6\f  6\b\f\vA\0!\v \x07E\r\0@ ("At"(\xF4\xB3 F@ A\xF4\xB3j 6\0 \rA\xC8\xB1A\xC8\xB1(\0A~ wq6\0\f\v@  \x07(F@ \x07 6\f\v \x07 6\v E\r\v  \x076 ("@  6  6\v ("E\r\0  6  6\v  O\r\0 ("AqE\r\0@@@@ AqE@A\xDC\xB1(\0 F@A\xDC\xB1 6\0A\xD0\xB1A\xD0\xB1(\0 \0j"\x006\0  \0Ar6 A\xD8\xB1(\0G\rA\xCC\xB1A\x006\0A\xD8\xB1A\x006\0\vA\xD8\xB1(\0"\x07 F@A\xD8\xB1 6\0A\xCC\xB1A\xCC\xB1(\0 \0j"\x006\0  \0Ar6 \0 j \x006\0\v Axq \0j!\0 (\f! A\xFFM@ (\b" F@A\xC4\xB1A\xC4\xB1(\0A~ Avwq6\0\f\v  6\f  6\b\f\v (!\b  G@ (\b" 6\f  6\b\f\v ("\x7F Aj ("E\r Aj\v!@ ! "Aj! ("\r\0 Aj! ("\r\0\v A\x006\0\f\v  A~q6  \0Ar6 \0 j \x006\0\f\vA\0!\v \bE\r\0@ ("At"(\xF4\xB3 F@ A\xF4\xB3j 6\0 \rA\xC8\xB1A\xC8\xB1(\0A~ wq6\0\f\v@  \b(F@ \b 6\f\v \b 6\v E\r\v  \b6 ("@  6  6\v ("E\r\0  6  6\v  \0Ar6 \0 j \x006\0  \x07G\r\0A\xCC\xB1 \x006\0\v \0A\xFFM@ \0A\xF8qA\xEC\xB1j!\x7FA\xC4\xB1(\0"A \0Avt"\0qE@A\xC4\xB1 \0 r6\0 \f\v (\b\v!\0  6\b \0 6\f  6\f  \x006\b\vA! \0A\xFF\xFF\xFF\x07M@ \0A& \0A\bvg"kvAq AtrA>s!\v  6 B\x007 AtA\xF4\xB3j!\x7F@\x7FA\xC8\xB1(\0"A t"qE@A\xC8\xB1  r6\0  6\0A!A\b\f\v \0A AvkA\0 AG\x1Bt! (\0!@ "(Axq \0F\r Av! At!  Aqj"("\r\0\v  6A! !A\b\v!\0 "\f\v (\b" 6\f  6\bA!\0A\b!A\0\v!  j 6\0  6\f \0 j 6\0A\xE4\xB1A\xE4\xB1(\0Ak"\0A\x7F \0\x1B6\0\v\vz\x7F (\0"\x07 j!\b \x07!@@@ \0 j-\0\0"	A0kA\xFFqA	K\r A\xFF\xC1\xD7/J\r A
l 	jA0k! Aj" \x07k G\r\0\v \b!\v  \x07k H\r\0  6\0  6\0A\vA\0\v
\0 \0 Ai\v\x9C\x7F   ("A\xFF\xFF\xFF\xFF\x07qGrE@  (\0Aj6\0 \xADB\x80\x80\x80\x80\x90\x7F\x84\v Aj!  k"A\0L A\0NrE@    H\x1B!A\0! !@  FE@  Atj/\0 r! Aj!\f\v\v A\xFF\xFFqA\x80O@ \0  Atj \x8C\vA\0! \0 A\0\xE0"\0E@B\x80\x80\x80\x80\xE0\0\v \0Aj!  Atj!@  FE@  j  Atj-\0\0:\0\0 Aj!\f\v\v  jA\0:\0\0 \0\xADB\x80\x80\x80\x80\x90\x7F\x84\v \0  j u\v9\0 \0 A \xF2"B\x80\x80\x80\x80\xE0\0R@ \0   \xC1E@ \v \0 \vB\x80\x80\x80\x80\xE0\0\v\f\0 \0A\xDA\x87A\0\v2\x7F#\0A\xD0\0k"$\0  \0( Aj \x856\0 \0   A\xD0\0j$\0\v\r\0 \0  A\xDF\v\xC2(\v\x7F#\0Ak"
$\0@@@@@@@@@@ \0A\xF4M@A\xC4\xB1(\0"A \0A\vjA\xF8q \0A\vI\x1B"Av"\0v"Aq@@ A\x7FsAq \0j"At"A\xEC\xB1j"\0 (\xF4\xB1"(\b"F@A\xC4\xB1 A~ wq6\0\f\v  \x006\f \0 6\b\v A\bj!\0  Ar6  j" (Ar6\f\v\v A\xCC\xB1(\0"\bM\r @@A \0t"A\0 kr  \0tqh"At"A\xEC\xB1j" (\xF4\xB1"\0(\b"F@A\xC4\xB1 A~ wq"6\0\f\v  6\f  6\b\v \0 Ar6 \0 j"\x07  k"Ar6 \0 j 6\0 \b@ \bAxqA\xEC\xB1j!A\xD8\xB1(\0!\x7F A \bAvt"qE@A\xC4\xB1  r6\0 \f\v (\b\v!  6\b  6\f  6\f  6\b\v \0A\bj!\0A\xD8\xB1 \x076\0A\xCC\xB1 6\0\f\v\vA\xC8\xB1(\0"\vE\r \vhAt(\xF4\xB3"(Axq k! !@@ ("\0E@ ("\0E\r\v \0(Axq k"   I"\x1B! \0  \x1B! \0!\f\v\v (!	  (\f"\0G@ (\b" \x006\f \0 6\b\f
\v ("\x7F Aj ("E\r Aj\v!@ !\x07 "\0Aj! \0("\r\0 \0Aj! \0("\r\0\v \x07A\x006\0\f	\vA\x7F! \0A\xBF\x7FK\r\0 \0A\vj"Axq!A\xC8\xB1(\0"\x07E\r\0A!\bA\0 k! \0A\xF4\xFF\xFF\x07M@ A& A\bvg"\0kvAq \0AtkA>j!\b\v@@@ \bAt(\xF4\xB3"E@A\0!\0\f\vA\0!\0 A \bAvkA\0 \bAG\x1Bt!@@ (Axq k" O\r\0 ! "\r\0A\0! !\0\f\v \0 ("   AvAqj("F\x1B \0 \x1B!\0 At! \r\0\v\v \0 rE@A\0!A \bt"\0A\0 \0kr \x07q"\0E\r \0hAt(\xF4\xB3!\0\v \0E\r\v@ \0(Axq k" I!   \x1B! \0  \x1B! \0("\x7F  \0(\v"\0\r\0\v\v E\r\0 A\xCC\xB1(\0 kO\r\0 (!\b  (\f"\0G@ (\b" \x006\f \0 6\b\f\b\v ("\x7F Aj ("E\r Aj\v!@ ! "\0Aj! \0("\r\0 \0Aj! \0("\r\0\v A\x006\0\f\x07\v A\xCC\xB1(\0"M@A\xD8\xB1(\0!\0@  k"AO@ \0 j" Ar6 \0 j 6\0 \0 Ar6\f\v \0 Ar6 \0 j" (Ar6A\0!A\0!\vA\xCC\xB1 6\0A\xD8\xB1 6\0 \0A\bj!\0\f	\v A\xD0\xB1(\0"I@A\xD0\xB1  k"6\0A\xDC\xB1A\xDC\xB1(\0"\0 j"6\0  Ar6 \0 Ar6 \0A\bj!\0\f	\vA\0!\0 A/j"\x7FA\x9C\xB5(\0@A\xA4\xB5(\0\f\vA\xA8\xB5B\x7F7\0A\xA0\xB5B\x80\xA0\x80\x80\x80\x807\0A\x9C\xB5 
A\fjApqA\xD8\xAA\xD5\xAAs6\0A\xB0\xB5A\x006\0A\x80\xB5A\x006\0A\x80 \v"j"A\0 k"\x07q" M\r\bA\xFC\xB4(\0"@A\xF4\xB4(\0"\b j"	 \bM  	Ir\r	\v@A\x80\xB5-\0\0AqE@@@@@A\xDC\xB1(\0"@A\x84\xB5!\0@ \0(\0"\b M@  \b \0(jI\r\v \0(\b"\0\r\0\v\vA\0\x9E"A\x7FF\r !A\xA0\xB5(\0"\0Ak" q@  k  jA\0 \0kqj!\v  M\rA\xFC\xB4(\0"\0@A\xF4\xB4(\0" j"\x07 M \0 \x07Ir\r\v \x9E"\0 G\r\f\v  k \x07q"\x9E" \0(\0 \0(jF\r !\0\v \0A\x7FF\r A0j M@ \0!\f\vA\xA4\xB5(\0"  kjA\0 kq"\x9EA\x7FF\r  j! \0!\f\v A\x7FG\r\vA\x80\xB5A\x80\xB5(\0Ar6\0\v \x9E"A\x7FFA\0\x9E"\0A\x7FFr \0 Mr\r \0 k" A(jM\r\vA\xF4\xB4A\xF4\xB4(\0 j"\x006\0A\xF8\xB4(\0 \0I@A\xF8\xB4 \x006\0\v@A\xDC\xB1(\0"@A\x84\xB5!\0@  \0(\0" \0("jF\r \0(\b"\0\r\0\v\f\vA\xD4\xB1(\0"\0A\0 \0 M\x1BE@A\xD4\xB1 6\0\vA\0!\0A\x88\xB5 6\0A\x84\xB5 6\0A\xE4\xB1A\x7F6\0A\xE8\xB1A\x9C\xB5(\x006\0A\x90\xB5A\x006\0@ \0At" A\xEC\xB1j"6\xF4\xB1  6\xF8\xB1 \0Aj"\0A G\r\0\vA\xD0\xB1 A(k"\0Ax kA\x07q"k"6\0A\xDC\xB1  j"6\0  Ar6 \0 jA(6A\xE0\xB1A\xAC\xB5(\x006\0\f\v  M  Kr\r \0(\fA\bq\r \0  j6A\xDC\xB1 Ax kA\x07q"\0j"6\0A\xD0\xB1A\xD0\xB1(\0 j" \0k"\x006\0  \0Ar6  jA(6A\xE0\xB1A\xAC\xB5(\x006\0\f\vA\0!\0\f\vA\0!\0\f\vA\xD4\xB1(\0 K@A\xD4\xB1 6\0\v  j!A\x84\xB5!\0@@  \0(\0"G@ \0(\b"\0\r\f\v\v \0-\0\fA\bqE\r\vA\x84\xB5!\0@@ \0(\0" M@   \0(j"I\r\v \0(\b!\0\f\v\vA\xD0\xB1 A(k"\0Ax kA\x07q"k"\x076\0A\xDC\xB1  j"6\0  \x07Ar6 \0 jA(6A\xE0\xB1A\xAC\xB5(\x006\0  A' kA\x07qjA/k"\0 \0 AjI\x1B"A\x1B6 A\x8C\xB5)\x007 A\x84\xB5)\x007\bA\x8C\xB5 A\bj6\0A\x88\xB5 6\0A\x84\xB5 6\0A\x90\xB5A\x006\0 Aj!\0@ \0A\x076 \0A\bj \0Aj!\0 I\r\0\v  F\r\0  (A~q6   k"Ar6  6\0\x7F A\xFFM@ A\xF8qA\xEC\xB1j!\0\x7FA\xC4\xB1(\0"A Avt"qE@A\xC4\xB1  r6\0 \0\f\v \0(\b\v! \0 6\b  6\fA\f!A\b\f\vA!\0 A\xFF\xFF\xFF\x07M@ A& A\bvg"\0kvAq \0AtrA>s!\0\v  \x006 B\x007 \0AtA\xF4\xB3j!@@A\xC8\xB1(\0"A \0t"qE@A\xC8\xB1  r6\0  6\0\f\v A \0AvkA\0 \0AG\x1Bt!\0 (\0!@ "(Axq F\r \0Av! \0At!\0  Aqj"("\r\0\v  6\v  6A\b! "!\0A\f\f\v (\b"\0 6\f  6\b  \x006\bA\0!\0A!A\f\v j 6\0  j \x006\0\vA\xD0\xB1(\0"\0 M\r\0A\xD0\xB1 \0 k"6\0A\xDC\xB1A\xDC\xB1(\0"\0 j"6\0  Ar6 \0 Ar6 \0A\bj!\0\f\vA\xC0\xB1A06\0A\0!\0\f\v \0 6\0 \0 \0( j6 Ax kA\x07qj"\b Ar6 Ax kA\x07qj"  \bj"k!\x07@A\xDC\xB1(\0 F@A\xDC\xB1 6\0A\xD0\xB1A\xD0\xB1(\0 \x07j"\x006\0  \0Ar6\f\vA\xD8\xB1(\0 F@A\xD8\xB1 6\0A\xCC\xB1A\xCC\xB1(\0 \x07j"\x006\0  \0Ar6 \0 j \x006\0\f\v ("\0AqAF@ \0Axq!	 (\f!@ \0A\xFFM@ (\b" F@A\xC4\xB1A\xC4\xB1(\0A~ \0Avwq6\0\f\v  6\f  6\b\f\v (!@  G@ (\b"\0 6\f  \x006\b\f\v@ ("\0\x7F Aj ("\0E\r Aj\v!@ ! \0"Aj! \0("\0\r\0 Aj! ("\0\r\0\v A\x006\0\f\vA\0!\v E\r\0@ ("\0At"(\xF4\xB3 F@ A\xF4\xB3j 6\0 \rA\xC8\xB1A\xC8\xB1(\0A~ \0wq6\0\f\v@  (F@  6\f\v  6\v E\r\v  6 ("\0@  \x006 \0 6\v ("\0E\r\0  \x006 \0 6\v \x07 	j!\x07  	j"(!\0\v  \0A~q6  \x07Ar6  \x07j \x076\0 \x07A\xFFM@ \x07A\xF8qA\xEC\xB1j!\0\x7FA\xC4\xB1(\0"A \x07Avt"qE@A\xC4\xB1  r6\0 \0\f\v \0(\b\v! \0 6\b  6\f  \x006\f  6\b\f\vA! \x07A\xFF\xFF\xFF\x07M@ \x07A& \x07A\bvg"\0kvAq \0AtrA>s!\v  6 B\x007 AtA\xF4\xB3j!\0@@A\xC8\xB1(\0"A t"qE@A\xC8\xB1  r6\0 \0 6\0\f\v \x07A AvkA\0 AG\x1Bt! \0(\0!@ "\0(Axq \x07F\r Av! At! \0 Aqj"("\r\0\v  6\v  \x006  6\f  6\b\f\v \0(\b" 6\f \0 6\b A\x006  \x006\f  6\b\v \bA\bj!\0\f\v@ \bE\r\0@ ("At"(\xF4\xB3 F@ A\xF4\xB3j \x006\0 \0\rA\xC8\xB1 \x07A~ wq"\x076\0\f\v@  \b(F@ \b \x006\f\v \b \x006\v \0E\r\v \0 \b6 ("@ \0 6  \x006\v ("E\r\0 \0 6  \x006\v@ AM@   j"\0Ar6 \0 j"\0 \0(Ar6\f\v  Ar6  j" Ar6  j 6\0 A\xFFM@ A\xF8qA\xEC\xB1j!\0\x7FA\xC4\xB1(\0"A Avt"qE@A\xC4\xB1  r6\0 \0\f\v \0(\b\v! \0 6\b  6\f  \x006\f  6\b\f\vA!\0 A\xFF\xFF\xFF\x07M@ A& A\bvg"\0kvAq \0AtrA>s!\0\v  \x006 B\x007 \0AtA\xF4\xB3j!@@ \x07A \0t"qE@A\xC8\xB1  \x07r6\0  6\0  6\f\v A \0AvkA\0 \0AG\x1Bt!\0 (\0!@ "(Axq F\r \0Av! \0At!\0  Aqj"\x07("\r\0\v \x07 6  6\v  6\f  6\b\f\v (\b"\0 6\f  6\b A\x006  6\f  \x006\b\v A\bj!\0\f\v@ 	E\r\0@ ("At"(\xF4\xB3 F@ A\xF4\xB3j \x006\0 \0\rA\xC8\xB1 \vA~ wq6\0\f\v@  	(F@ 	 \x006\f\v 	 \x006\v \0E\r\v \0 	6 ("@ \0 6  \x006\v ("E\r\0 \0 6  \x006\v@ AM@   j"\0Ar6 \0 j"\0 \0(Ar6\f\v  Ar6  j" Ar6  j 6\0 \b@ \bAxqA\xEC\xB1j!\0A\xD8\xB1(\0!\x7FA \bAvt"\x07 qE@A\xC4\xB1  \x07r6\0 \0\f\v \0(\b\v! \0 6\b  6\f  \x006\f  6\b\vA\xD8\xB1 6\0A\xCC\xB1 6\0\v A\bj!\0\v 
Aj$\0 \0\v\0 \0B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FQ@ \0\xA7 \xC2\v\v,\x7F@ \0(\x98"A\0H\r\0 \0(\x8C\r\0 \0(\x80 j-\0\0!\v \v{\x7F~ (  (\xC0Atj!@@ (\0"E@A\0!\f\v@ -\0\r\0 (\0E )"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800QrE@ \xA7(\0E\r\v \0  \xA9\r\v Aj!\f\v\v \vF\x7F B\xFF\xFF\xFF\xFF\x07X@ \0   A\x80\x80\xF8\v \0 \x85"E@ \0 A\x7F\v \0   ; \0 \v\xC9\x7F~@@@@ B \x88"B\xF8\xFF\xFF\xFFR@ \xA7A\x7FG\r \xA7"("E\r  Ak"6 \r (\0\r -\0AqE\r\f\v \xA7"(\b"A\xFF\xFF\xFF\xFFq"E\r  Ak" A\x80\x80\x80\x80|qr6\b \r (\0\r\v \0Aj  \0(\0\0\v\vA\xB2\xABA\xDF\x90A\x88\x8CA\xAE\xFC\0\0\0\vA\xD7\xABA\xDF\x90A\x93\x8CA\xAE\xFC\0\0\0\v\\\x7F B\x80\x80\x80\x80pT@A\0\v@ \xA7"/"A\x80\bqE\r\0 \0((D /Alj("E\r\0 ($"E\r\0 \0  \v\0\v A\bvAq\v)\x7F#\0Ak"$\0  6\f \0  A\0A\0\xAF Aj$\0\v\xD4\x7F\x7F@@@@A\b B \x88\xA7" A\bkAoI\x1B	\0\0\0\0\v \xA7!A\0\f\v B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|"B4\x88\xA7A\xFFq"A\x9D\bM@ \xBF\xFC!A\0\f\v A\xD2\bK@A\0!A\0\f\vA\0 B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\x83B\x80\x80\x80\x80\x80\x80\x80\b\x84 A\x93\bk\xAD\x86B \x88\xA7"k  B\0S\x1B!A\0\f\v \0 \x86"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\0\vA\0!A\x7F\v  6\0\vD\x7F@ \0B\x80\x80\x80\x80pT\r\0 \0\xA7"/AG\r\0 -\0A\bqE\r\0  ((6\0  ($6\0A!\v \v3\x7F \0 1! \0  E@ \0 A\x7F\v \0     \0 \v\xD6\f\x07\x7F~#\0A0k"	$\0@@@@@@\x7F@@ B \x88"\rB\xFF\xFF\xFF\xFFR@ B\x80\x80\x80\x80pZ@ \xA7!\x07\f\v@@@ \r\xA7Ak\0\v \0  \0 A\xAB\xDF\0\x94\f
\v \0  \0 A\xF6\x8C\x94\f	\v \0 \x9A\xA7!\x07\f\v \xA7"\b \xA7"\x07G\r@@@ \x07("A0j!\v  ( qA\x7FsAtj(\0!@ E\r  \v AkAt"j"
(G@ 
(\0A\xFF\xFF\xFFq!\f\v\v \x07( j! 
(\0"\vA\x80\x80\x80\xC0~qA\x80\x80\x80\xC0\0F@ \0  !\f	\v@ \vA\x80\x80\x80\x80q@ \b/AG\r A2G\r \0 \b  \xD6!\f\r\v@@@ \vAvAk\0
\v \0 (   \x8D!\f\v \b/A\vF\r\b (\0"-\0\x07\r\b \0 ( !\f
\v \0 \b   
\xFAE\r\f
\v\vA\xD4\x95A\xDF\x90A\xCE\xC8\0A\x8C\xE2\0\0\0\vA\x88\xE4\0A\xDF\x90A\xCF\xC8\0A\x8C\xE2\0\0\0\vA\0\f\vA\f\vA\v!@@@@@@@ \0\v@ \x07/"A\x80\bqE\r\0@ A\x80q@ A\0H@ A\xFF\xFF\xFF\xFF\x07q" \x07((O\r \x07 \bG\r \0  \xAD  \xF8!\f\v \x07/AkA\xFF\xFFqA\vK\r \0 \xAB"
E\rA\x7F! 
A\0H\r\f
\v \0((D \x07/Alj("E\r ("
@ \x07 \x07(\0Aj6\0 \0 \x07\xADB\x80\x80\x80\x80p\x84"     
-\0! \0 \f\v (\0"E\r \x07 \x07(\0Aj6\0 \0 	Aj \x07\xADB\x80\x80\x80\x80p\x84"\r  \0! \0 \r A\0H\r E\r 	-\0Aq@ \0 	)("\xA7A\0 B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R\x1B   \x8D! \0 	)  \0 	)(\f\v \0 	) 	-\0AqE\r\b \x07 \bG\r \0   B\x80\x80\x80\x800B\x80\x80\x80\x800A\x80\xC0\0x!\f\v \x07/AkA\xFF\xFFqA\fI\r\b\v \x07((,!\x07A!\f\v \x07E\rA!\f\v@ \x07("A0j!
  ( qA\x7FsAtj(\0!@ E\r  
 AkAt"\vj"(G@ (\0A\xFF\xFF\xFFq!\f\v\v \x07( \vj!
@ (\0"\vAvA0q"\fA0G@ \fAG\r \0 
(   \x8D!\f\f\v \0 \x07  
 \xFA\r
\f\v\v \vA\x80\x80\x80\xC0\0qE\r\v \bE@ \0  \0 A\x9E4\x87!\f	\v \b/"A\x80qE@ \0  \0 A\xE0\xF8\0\x87!\f	\v@ \xA7 \bF@ \b/!\x07 A\x80\bq@ A\x80qE A\0Nr \x07AGr\r \b(( A\xFF\xFF\xFF\xFF\x07qG\r \0 \b  \x8C!\f\v\v \x07A1F\r \0 \b A\x07~"E\r\b  7\0\f\x07\v \0 	Aj \b J"A\0H\r E\r\0 	-\0Aq@ \0 	)  \0 	)( \0  \0 A\xE4\xDC\0\x87!\f
\v \0 	) 	-\0AqE\r \b/A\vF\r \0   B\x80\x80\x80\x800B\x80\x80\x80\x800A\x80\xC0\0x!\f\v \0 \b  B\x80\x80\x80\x800B\x80\x80\x80\x800 A\x87\xCE\0r\xD5!\v \0 \f\x07\vA\0!\f\0\v\0\v \0  \0  \xA1!\f\v \x07 \bF@ \x07/A\xFE\xFFqAF@ \0 	A\bj \x8BE\r\f\v \0 \0 \x86" B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\f\v \0 \vA!\f\v \0 \vA\x7F!\v 	A0j$\0 \v\xD1\x7F|#\0A k"$\0A\b B \x88\xA7" A\bkAoI\x1B!A\0!@@@|@@@@@@@A\b B \x88\xA7"\x07 \x07A\bkAoI\x1B"\x07A	j\b				\0			\b	\v AG\r\b \xA7 \xA7F!\f	\v  \x07F!\f\x07\v AjA~I\r \x07AyG AyGrE@ \xA7 \xA7\xC6!\f\x07\v  A\xCAE!\f\v \xA7 \xA7F AxFq!\f\v A\x7FG\r \xA7 \xA7F!\f\v \xA7\xB7!\b A\bG@ \r \xA7\xB7\f\v B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF\f\v B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF!\b @ A\bG\r B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF\f\v \xA7\xB7\v!	@ @ \b\xBD"B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x81\x80\x80\x80\x80\x80\x80\xF8\xFF\0Z@ 	\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V!\f\v 	\xBD"B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\r AG\r\v \b 	a!\f\v  Q!\f\v A\x07G@ AwG\r\v \xA7! \xA7! B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xF0\0Q\x7F  6 B\x80\x80\x80\x807 Aj \v B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xF0\0Q\x7F  6\b B\x80\x80\x80\x807\0  \v\xC5E!\v \0  \0 \v A j$\0 \v<\0 \0  A\0N~ \xADB\x80\x80\x80\x80\xE0~ \xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vP\v\x9B\x7F \0( AlAv"   I\x1B"At! \0(("Aj! (\b!@@ \0(" \0A$jF@ A\0  \0"E\r \0( At"E\r  \0( \xFC
\0\0\f\v    \0"E\r\v \0 6 \0 6 A\0\vA\x7F\v\x9A\x7F \0A\xFF\0K@A\xF9!@@  H\r  jAv"At(\xD0\xB9"Av" \0K@ Ak!\f\v A\bvA\xFF\0q j \0M@ Aj!\f\v\v \0   \x9E!\0\v \0\v @ \0A r \0 \0A\xC1\0kAI\x1B\v \0A k \0 \0A\xE1\0kAI\x1B\v	\0 \0A\xD4\v\x95	\x7F#\0A\x80k"\x07$\0 \x07A\0:\0\0 \0A\bj!	 \0( !
 \0(\f!\vA!@@@A~!\b\x7F@@@@@@@@@@ 	(\0"A\xFE\0j			\x07\0\v@@@@@ A(k\0\v@ A;k\x07\r	\0\v@ A\xDB\0k\r\0\v@ A\xFB\0k\r\0\v A\xA5\x7FF\r\x07 A/F\r	 A\xAA\x7FG\r\f\f\v A\xFFM\r\f\v \x07 Ak"j-\0\0A(G\r\r\f	\v \x07 Ak"j-\0\0A\xDB\0G\r\f\f\b\vA\xFD\0 \x07 Ak"j-\0\0"A\xFB\0F\r	A\xAA\x7F! A\xE0\0G\r\f \0 	\x8D \0A\x006  \0 \0(,\xD1\r\f\v \0(A\xE0\0F\rA\xE0\0! A\xFFK\r
\v  \x07j :\0\0 Aj!\f\v  AFr!A;\f\v Ar  AF\x1B!A\xA5\x7F\f\v Ar!A=\f\vA\x7F!\b\v A\x80j"AMA\0A tA\x9B\x80\xC0q\x1B\r\0 A)F A\xDD\0Fr A\xD5\0j"A\x07MA\0A tA\x87q\x1Br A\xFD\0Fr\r\0 \0 \0(, \bj6, \0\xD3\r\v 	(\0!\v  A\x83\x7FG\r\0AY \0A\xC7\0I\r\0AYA\x83\x7F \0A-I\x1B\v! \0(\f!\b \0\r AK\r\0\vAY \0(\b \0A\xC7\0I\x1B! E\rA
  \b \0(\f\xDB\x1B!\f\vA\xAA\x7F!\v @  6\0\v \0 
6  \0 \v6, \0!\0 \x07A\x80j$\0A\x7F  \0\x1B\v\x96\x7F \0(\0!@@@@@@@@@@ Ak\0\v   A\0\xED\v   (\xC0A\xC1"A\0H@ (\xBC!\f\v@ A\xFF\xFF\xFF\xFFM@ (p Alj"\x07(" (\xBC"F@ AG\r -\0jAq\r \x07-\0\fA\xF0qAG\r\f\v \x07-\0\fA\xF0qA0G Aj Gr\r\f\v (\xBC" (\xF0G\r\v \0A\xB0\xCA\0A\0\x1B\f\v   A\xED\v@   (\xC0A\0\xC1A\0N\r\0 ((@@  \xB0"E\r\0 -\0AqE\r\0 (\b (\xBCG\r\0 ($AF\r\vA\x80\x80\x80\x80A\x7F   \xEE\x1B\v  \x87"A\0N\r   S"A\0H\r@ A\xD1\0G\r\0 (HE\r\0  6\x98\v (p Alj (\xBC6\b\f\v \0A\xB0\xCA\0A\0\x1B\f\v@ AK\r\0  (\xF0G\r\0 !  \xD8A\0H\r \0A\xE8\xF5\0A\0\x1B\f\v !\vA\0! (x"\x07A\0 \x07A\0J\x1B!\x07@@  \x07F\r@@ (p Alj"\b(\0 G\r\0 \b(\r\0  \b(\b \xD5\r\v Aj!\f\v\v \0A\xB2\xFB\0A\0\x1B\f\v@ ((E\r\0  \xB0"E\r\0  (\b \xD5E\r\0 \0A\x83\xCB\0A\0\x1B\f\v ( E\r ($AK\r  (\xF0G\r   \xEE"\0\r\vA\x7F\v \0 \0-\0A\xF9qAA AF\x1Br:\0A\x80\x80\x80\x80\v   AAA\0 AF\x1B AF\x1B\xED"A\0H\r\0 (p Alj"\0 \0-\0\fA\xFCq AFrAr:\0\f \v \v\xB1\x7F@@ \0(4"\x98"A\xC3G@ A\xCA\0G\r (\x98! A\x7F6\x98  6\x84 A\xCA\0 \0 \v (\x80" (\x98"  j(\0kAj"j"-\0\0A\xD3\0G\r \0(\0 (\0 (\x80 j \0(\0  6\0 A\x7F6\x98\v\vA\x839A\xDF\x90A\x9C\xBEA\xEA\xF4\0\0\0\v\xE7\b\x7F|~#\0A\xF0k"$\0\x7F@ \0(\0((\x80 K@ \0A\xFA"A\0\x1B\f\v \0 \0A\bj\x8D \0 \0(,"6$  6\b@ \0 6\f -\0\0"\xC0! \x7F@@@ \0~@@@|@@@@@@@@@@@@@ {\0
































\x07
	\b										












\v \0(0 K@A\0!\f\v \0A\xAA\x7F6\b\f\vA'! \0(@\r\0A'!\f\v  Aj"6\b@ \0(\0 AjA C\r\0 A\xFFq!\b@@ " \0(0"\x07O\r Aj! -\0\0" \bG@ AM@ \0 A\xB8\xE1\0A\0z\f\v@ A\xDC\0F@ Aj!@@@@@@@@@@@@ -\0"A\xEE\0k	\x07	\0\v@ A\xE2\0k\0\v A
F\r\x07 A/F A\xDC\0Fr\r\f\v  \bG\r\b !\f\v\vA\b!\f
\vA\f!\f	\vA
!\f\b\vA\r!\f\x07\vA	!\f\v Aj!A\0!A\0!@ AF@ !\f\x07\v -\0\0\xEB"\x07A\0H@ \0 A\xC6\xF3\0A\0z\f\v Aj! Aj! \x07 Atr!\f\v\0\v\0\v \0(@\r\f\vA\v! \0(@E\r\f\v  \x07K\r\v \0 A\xE0\xC9\0A\0z\f\v ! \xC0A\0N\r\0 A A\xECjM"A\x80\x80\xC4\0O@ \0 A\x85\x82A\0z\f\v (\xEC!\v Aj \xABE\r\f\v\v \0 6 \0A\x81\x7F6\b \0 Aj<7\f\v \0A\x90'A\0\x1B\v (("Aj ( (\0\0\f\f\v Aj  -\0A
F\x1B!\f\v \0(@\r\f\r\v \0(@E@A/!\f\r\vA/! -\0"A/G@ A*G\r\r Aj!@  6\b@@@ -\0\0"A*G@ \r  \0(0I\r \0A\xCD.A\0\x1B\f\v -\0A/G\r Aj\f\v \xC0A\0N\r\0 A A\bjM (\b!A\x7FG\r\v\v Aj!\f\0\v\0\v Aj!@  6\b@@ -\0\0"\xC0@@ A
k\0\v \r\0  \0(0O\r\f\vA\0N\r\0 A A\bjM! (\b! A~qA\xA8\xC0\0F\r A\x7FG\r\v\v Aj!\f\0\v\0\v  Aj"6\bA\x80! A\x806\f  Aj"6\xECA\0!\x7F@ Ak!@@  j :\0\0 Aj! ,\0\0"A\0H\r -\0\x80\xA1A>qE\r Aj!  I\r\0\v \0(\0 A\xECj A\fj Aj\xEE! (\xEC!A\0 \r (\f!\f\v\v \0(\0  \x90\v! Aj G@ \0(\0("Aj  (\0\0\v E\r\b \0B\x007 \0 6 \0A\x83\x7F6\b\f\f\v \0(@\rA+!\f
\vA.! \0(@E\r	 -\0A:kA\xFFqA\xF6I\r	\v  6\xEC !@@ -\0\0"A+k\0\0\v  Aj"6\xEC -\0!\v@@@ A:kA\xFFqA\xF5M@ \0(@E@ ! !\f\v A\xD3 A\xECj\x99@D\0\0\0\0\0\0\xF0\xFFD\0\0\0\0\0\0\xF0\x7F -\0\0A-F\x1B\f\b\vD\0\0\0\0\0\0\xF8\x7F (\xECA\xB9\x9A A\xECj\x99\r\x07A.! (\xEC"-\0\0"A.G\r\f\v A\xFFqA0G\r -\0! \0(@E\r@@ A\xC2\0F\r\0 A\xCF\0G@A! A\xD8\0F\r A\xE2\0F\r A\xF8\0F\r A\xEF\0G\r\vA\b!\f\vA!\v  Aj"6\xEC -\0"s I\r\v  A\xFFq6\0 \0 A\x9A\xBA z\f\x07\v  A\xECjA\0A Aj\x81\f\vA0! A:kA\xFFqA\xF6I\r \0 A\xF8\xCE\0A\0z\f\v A\0N\r\x07 \0A\xCB\xC9\0A\0\x1B\f\v !\v@ A:kA\xFFqA\xF6IE@  Aj"6\xEC -\0! !\f\v\v@ A\xFFqA.G\r\0  Aj"6\xEC -\0"A:kA\xFFqA\xF5K@@ A:kA\xFFqA\xF6I@ !\f  Aj"6\xEC -\0! !\f\v\0\v\0\v \0 A\xD9\xCE\0A\0z\f\v@ A rA\xFFqA\xE5\0G\r\0  Aj"6\xEC@@ -\0"A+k\0\0\v  Aj"6\xEC -\0!\v A:kA\xFFqA\xF5M\r@ A:kA\xFFqA\xF6I\r  Aj"6\xEC -\0! !\f\0\v\0\v A\0A
A\0 Aj\x81\v!	 \0A\x80\x7F6\b 	D\0\0\xC0\xFF\xFF\xFF\xDFAe 	D\0\0\0\0\0\0\xE0\xC1fqE@ 	\xBD!
\f\v 	\xBD"
 	\xFC"\xB7\xBDR\r \xAD\f\v \0 A\xA0\xCF\0A\0z\v \0A\xA8\x7F6\b\f\x07\vB\x80\x80\x80\x80\xE0~ 
B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} 	\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v7 (\xEC!\f\v \0 6\b Aj!\v \0 6,A\0\f\v Aj\v"6\b\f\0\v\0\vA\x7F\v A\xF0j$\0\v\xF9\x7F\x7F@@@ \0(\b" \0(\f"N\r\0 \0(@ A\xFF\xFFM@ \0 Aj6\b \0( Atj ;A\0\v  Aj"L\r \0 6\b \0( Atj A
vA\xC0\xD0\0k; \0 \0(\b"Aj6\b \0( Atj A\xFF\x07qA\x80\xB8r;A\0\v A\xFFK\r\0 \0 Aj6\b \0( j :\0A\0\v A\x80\x80I\r\vA\x7F \0 A
vA\xC0\xAFj\x84\r A\xFF\x07qA\x80\xB8r!\v \0 \x84\v\vY\x7F#\0Ak"$\0A\x7F! \0 A\bj \xF0E@A\0!  )\b"B\x80\x80\x80\x80\x80\x80\x80Z~ \0A\x82!A\02A\x7F!B\0 \v7\0\v Aj$\0 \vr\x7F \0(@ \0(\0 A\x7F\v@ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FQ\r\0 \0(\0 @"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\0 \0\xAEA\x7F\v \0 \xA7"A\0 (A\xFF\xFF\xFF\xFF\x07qL \0(\0 \v\0 \0  B\0B\xFF\xFF\xFF\xFF\xFF\xFF\xFFB\0e \0 \v\0 \0    A\x98\v*\x7F#\0Ak"$\0  6\f \0  A\xE0\0A\0\xAF Aj$\0\v\xAD\x7F#\0Ak"$\0@@ A\0H@  A\xFF\xFF\xFF\xFF\x07q6\0A!\f\v  \0("\0(,O\r\x7F@ \0(8 Atj(\0"\0(\bA\x80\x80\x80\x80|qA\x80\x80\x80\x80G\r\0 A\fj \0\xC8E\r\0A (\f"\0A\x7FG\r\vA\0!\0A\0\v!  \x006\0\v Aj$\0 \vA\xA6\xED\0A\xDF\x90A\x90A\x96!\0\0\vk\x7F@ B\x80\x80\x80\x80pT\r\0 \xA7"/Ak"AKA tA\xCF\x80\x80\x80qEr\r\0 \0 )   7 A\0\v \0  B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@ \0A\xA9\xF3\0A\0\vA\x7F\vv\x7F@ (\b"A\xFF\xFF\xFF\xFF{K@ (\f!\0\f\v \0(4  \0($AkqAtj! \0(8!@  (\0"\0Atj(\0" F\r A\fj! \0\r\0\vA\x83\xAFA\xDF\x90A\xB5A\xF0 \0\0\v \0\v+\x7F \0("Aj   (\b\0" ErE@ \0\xC9\v \v\x88~\x7F#\0Ak"$\0@ B\x80\x80\x80\x80pT@ !\f\v Aq!@@@ AK\r\0 \0 A\xE1 A\0"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80 Q B\x80\x80\x80\x800Qr\r\0 B\x80\x80\x80\x80\xE0\0Q\r  \0A\xCA\0A AF\x1BA\xCC\0 \x1B37\b \0  A A\bj=! \0 )\b B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0  B\x80\x80\x80\x80pT\r \0  \0A\xDB\xEE\0A\0\f\v A\0G!A\0!@ AG@ \0 A;A=  F\x1B A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r@ \0 0E\r\0 \0  A\0A\0="B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r B\xFF\xFF\xFF\xFFoV\r\0 \0 \f\v \0  Aj!\f\v\v \0A\xDB\xEE\0A\0\v \0 \vB\x80\x80\x80\x80\xE0\0!\v Aj$\0 \v\xCD 	\x7F~#\0A\x90k"$\0@@ \0(\0"((\x80 K@ t\f\vB\x80\x80\x80\x80\xE0\0!
 \0 Aj\xCA\rB\x80\x80\x80\x80 !
@@@@@@@@@@@@@@@@@@@@@@@ -\0"Ak\0\x07\b\b	
\v\f\r\vB\x80\x80\x80\x800!
\f\v AG\xADB\x80\x80\x80\x80\x84!
\f\v A j \0(\b \0(\f\xA3"A\0N@ \0 \0(\b j6\b 5 !
\f\v \0\xCD\f\v \0 A j\xB5\rB\x80\x80\x80\x80\xE0~ ) "
B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} 
B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!
\f\v \0\x83"\0\xADB\x80\x80\x80\x80\x90\x7F\x84B\x80\x80\x80\x80\xE0\0 \0\x1B!
\f\v \0-\0!E\r
 \0(\0! A$jA\0A\xD4\0\xFC\v\0 A6 B\x80\x80\x80\x800!
 \0 A\x88j\xB4\r  \0( AvA\x80q /\x88"A\xFFq AtA\x80 qrr;\x001 \0 Aj\xCA\r  -\0:\x000 \0 A<j\xB7\r \0 A\xC8\0j\xA6\r \0 A\xCA\0j\xA6\r \0 A\xCC\0j\xA6\r \0 A\xCE\0j\xA6\r \0 A\xD0\0j\xA6\r \0 A\xE0\0j>\r \0 A\xDC\0j>\r \0 A8j>\r \0 A\x8Cj>\r A\xD8\0A\xC4\0 /\x001"A\x80\bq\x1B" (\\Atj" (\x8C"A\flj"\x07 (\`Atj"\bA\0 (8 A\x80q\x1Bj?"E\r  A jA\xC4\0\xFC
\0\0 A6\0 @   j6 \v (@"@   \x07j6$\v (<@   j68\v (!  -\0A\xE0qAr:\0 (P"\x07 A\bj"	6  A\xD0\0j6\f  \x076\b  	6P \xADB\x80\x80\x80\x80\`\x84!
 @A\0! A\0 A\0J\x1B!@  G@ \0 (  A\flj"\xB7\r \0 Aj>\r  (Ak6 \0 A
j\xA6\r \0 Aj\xCA\r  -\0"At Avr:\0\b Aj!\f\v\v (@!\v@ E\r\0A\0!@  N\r \0 ($ Atj"Aj\xB7\r \0 A\x80j>\r  (\x80; \0 A\x88j\xB4\r  /\0A\xE0\xE1q /\x88"A\x07qr AtAqr AvA\bqr AtA\x80qr;\0 Aj! (@!\f\0\v\0\v (!@ \0-\0"@  \0(\f \0(\b"kK@ \0\xCD\f\v \0  j6\b\f\v \0  \bj" \xC1\r\v  6A\0!@  I@  j"\x07-\0\0"\bAj \b \bA\xB1K\x1BAt"\b-\0\xC0\xDA!	@ \b-\0\xC3\xDAAkA\xFFqAK\r\0 \x07(\0!\b \0-\0"@ \0(\0 \b \f\v \0 A\x80j \b\xB3@  6\f\v \x07 (\x806\0\v  	j!\f\v\v@ -\0AqE\r\0 \0 A\xC4\0j\xB7\r \0 A\xCC\0j>\r (L"@   ?"6P E\r \0  (L\xC1\r\v \0 A\xC8\0j>\r (H"E\r\0   ?"6T E\r \0  (H\xC1\r\v@ (<"E\r\0A\0!@  N\r \0\xB6"\vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (8 Atj \v7\0 Aj! (<!\f\0\v\0\v  (\0Aj6\0  64\f\v \0-\0!E\r	 \0(\0!B\x80\x80\x80\x80\xE0\0!
 \0 A j\xB7\r  ( \x91"E\r  (\0Aj6\0 \xADB\x80\x80\x80\x80P\x84!\v \0 A j>\r@ ( "E\r\0  6$   At?"6 E\rA\0!@  ( N\r \0 ( Atj"\xB7\r \0\xB6"\fB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r  \f7\b Aj!\f\0\v\0\v \0 A,j>\r@ (,"E\r\0  60   Al?"6( E\rA\0!@  (,N\r (( \0 A\x80j\xCA\r Alj" -\0\x80"\x076\b \0 >!@ \x07E@ E\r\f\v \r \0 A\fj\xB7\r\v Aj! \0 Aj\xB7E\r\0\v\f\v \0 A8j>\r@ (8"E\r\0  6<   At?"64 E\rA\0!@  (8N\r At! Aj! \0  (4j>E\r\0\v\f\v \0 A\xC4\0j>\r@ (D"E\r\0  6H   At?"6@ E\rA\0!@  (DN\r \0 (@ Atj">\r \0 A\x8Cj\xCA\r  -\0\x8CA\0G6 \0 A\bj\xB7\r \0 A\fj>\r Aj!\f\0\v\0\v \0 A\x80j\xCA\r  -\0\x80A\0G:\0d  \0\xB6"\f7X \fB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \v!
\f\v@ \0 \0(\0"g"
\xA7\x84\r\0 \0 A j>\r\0A\0! ( !@  F\r \0 A\x80j\xB7\r \0\xB6!\v (\x80! \vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@  \f\v  
  \vA\x07   Aj!A\0N\r\0\v\v  
\f\v \0 \0(\0"B"
\xA7\x84\r\v \0 A j>\r\vAA\x07 A\vF\x1B! ( !A\0!@  G@ \0\xB6"\vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\r  
  \v \xC4 Aj!A\0N\r\f\r\v\v A\vG\r \0\xB6"\vB\x80\x80\x80\x80p\x83"\fB\x80\x80\x80\x800R@ \fB\x80\x80\x80\x80\xE0\0Q\r\f  
A\xF4\0 \vA\0A\0H\r\f\v  
\xFD\f\v \0(\0!B\x80\x80\x80\x80\xE0\0!
 \0 A\x88j\xCA\r -\0\x88"A\fO@ A\xF2A\0\f\v \0 A\x8Cj>\r \0 A\x80j>\r \0((!B\x80\x80\x80\x800!
B\x80\x80\x80\x800!\v@ \0A\0\x84\r\0B\x80\x80\x80\x80\xE0\0!
 \0\xB6"\vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r  \v\xE5E\r
  \v7  ~ (\x80"A\0N@ \xAD\f\vB\x80\x80\x80\x80\xE0~ \xB8\xBD"
B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} 
B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v7( ~ (\x8C"A\0N@ \xAD\f\vB\x80\x80\x80\x80\xE0~ \xB8\xBD"
B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} 
B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v70 B\x80\x80\x80\x800 \0 A j AjA\xFFq\xED"
B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0( A\x80\x80\x80\bI\r
 \0($ Atj 
>\0\f
\v  \v  
\f\r\v \0(\0!B\x80\x80\x80\x80\xE0\0!
 \0 A\x80j>\r\r \0 A\x8Cj>\r\r (\x8C" (\x80"I@ A\xDF\xCC\0A\0\f\v A\x7FF\x7FA\0  \xAD7  A j\v! \0(\f \0(\b"k I\r\x07@ B\x80\x80\x80\x800 \xAD A A,A\xAA"\vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 \v\xA7\x84\r\0 \0 \0(\b j6\b \v!
\f\v  \v\f\r\v \0-\0 E\r ((\xDCE\r \0(\0!B\x80\x80\x80\x80\xE0\0!
 \0 A\x8Cj>\r\f \0 A\x88j>\r\f (\x88" (\x8C"I@ A\xDF\xCC\0A\0\f\r\v A\x7FF\x7FA\0  \xAD7  A j\v! \0 A\x80j\xB5\r\f@ B\x80\x80\x80\x800 \xAD A (\x80A\0A\0\xAA"\vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 \v\xA7\x84\r\0 \v!
\f\r\v  \v\f\f\v \0(\0!B\x80\x80\x80\x80\xE0\0!
B\x80\x80\x80\x800!\f@ \0\xB6"\rB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \rB \x88"\vP \v\xA7A	jAKrE@ A\x9F\xF0\0A\0\f\vB\x80\x80\x80\x80\xE0\0!\f  (8)PA
i"\vB\x80\x80\x80\x80\xE0\0Q\r\0 \0 \v\xA7\x84E\r \v!\f\v  \r  \f\f\v\v \0(\0!B\x80\x80\x80\x80\xE0\0!
B\x80\x80\x80\x800!\v@ \0\xB6"\fB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0  \f&"\vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 \v\xA7\x84\r\0  \f \v!
\f\v\v  \f  \v\f
\vB\x80\x80\x80\x80\xE0\0!
 \0 A j>\r	 ( "E@B\x80\x80\x80\x80\xF0\0!
\f
\v \0(\0 AkAvAjY"E\r	 A\bj! Av!\x07A\0!@  \x07G@ \0(\f \0(\b"kAL\r (\0\0!\b \0 Aj6\b  Atj \b6\0 Aj!\f\v\v Aq"@A\0!A\0!@  G@ \0 A\x80j\xCA\r\f -\0\x80 Att r! Aj!\f\v\v Aj (Atj A  Atk"t u6\0\v \0(\0 \xC2!
\f	\v \0( A\xFF\xFF\xFF\x07M@ A\xA1\x88A\0\x95\f\b\v \0 A j>\r\x07 ( " \0(("O@  6  6 A\x9C\xB0 Aj\x95\f\b\v \0($ Atj(\0"\0 \0(\0Aj6\0 \0\xADB\x80\x80\x80\x80p\x84!
\f\b\v \0(! \0(\b!\0  6\0  \0 k6 A\x80\xB0 \x95\f\v  \v \r\xB2 \v!
\f\v \0\xCD\f\v  \v\f\v  
\f\v  \v\f\v  
\vB\x80\x80\x80\x80\xE0\0!
\v A\x90j$\0 
\vT\x7F#\0Ak"$\0\x7FA\x7F \0 A\fj>\r\0 (\f"Av! Aq@  A\x80\x80\x80\x80xr6\0A\0\f\v \0  \xB3\v Aj$\0\vE\x7F#\0Ak"$\0@ \0Aj A\0H\x7F AtAr \0 A\fj \xB6\r (\fAt\v*\v Aj$\0\v\xF3\b\x7FA!\fA!\r@@@@@@ \0(4"\b\x98"	A\xC3\0k\0\v@ 	A=G@ 	A\xBDF\r 	A\xB6G\r \b(\x80 \b(\x98j"\v(\0"
A\bF\r \v/\0!\v 
A>G@ 
A\xF5\0F\r 
A\xD1\0G\r\v \b-\0jAqE\r \0A\xBE\xFC\0A\0\x1B\f\v \b(\x80 \b(\x98j(\0!
A!\f\f\v \b(\x80 \b(\x98j"\x07/\0!\v \x07(\0!
A!\f\f\vA!\f\f\v \x07A\xBB\x7FF@ \0A\xCD\x80A\0\x1B\f\v \x07A~qA\x94\x7FF@ \0A\xE0\x85A\0\x1B\f\v \x07A_qA\xDB\0F@ \0A\xEB1A\0\x1B\f\v \0A\xEE\x80A\0\x1B\f\vAA\0 \b \v\xD9"\r\x1B!\f \rE!\v \b(\x98!A\x7F!\x07 \bA\x7F6\x98 \b 6\x84@ @@@@@ 	A\xC3\0k\0\v@ 	A=G@ 	A\xBDF\r 	A\xB6G\r E@ \0:"\x07A\0H\r\b \0(4A\xB9 \0 
 \0(4A\x80j \x07 \0(4A\x80j \v \b \x07AjA;!	 \0(4A;\f\x07\vA\xB6!	 \bA\xB6 \0 
 \0(4A\x80j \v\f\v \bA> \0 
A=!	\f\v \bA\xBE \0 
 \0(4A\x80j \vA\xBD!	\f\v \bA\xC5\0A\xC3\0!	\f\v \bA\xF0\0 \0(4AA\xC7\0!	 \0(4A\xC7\0\f\v.\0\v \rAs 	A\xB6Gr\r\0 \0:"\x07A\0H\r \0(4A\xB9 \0 
 \0(4A\x80j \x07 \0(4A\x80j \v \b \x07AjA;!	\v  	6\0  \v6\0  
6\0  \x076\0 @  \f6\0\vA\0\vA\x7F\v\xDB\x7F#\0A k"$\0@@@@@ \0(\b"A(G@ AWG\r \0(4"-\0hAqE@ \0A\x8B\x83A\0\x1B\f\v (dE@ \0A\xA4\xD7\0A\0\x1B\f\vA\x7F! \0\r@@@@ \0(\b"A)k\0\v A\xDD\0F A:kAIr A\xFD\0Fr\r\v \0( \r\0 A*G\x7FA\0 \0\r\bA\v! \0 \xBAE\r\f\x07\v \0(4AA\0!\v \0(4"-\0h! @ \0:! \0:! \0(4A\xFC\0A\xFB\0 AF""\x07\x1B \0(4A \0(4A \0(4A \0 $ \0(4A\x83 @ \0(4A\x89\v \0(4A\x80 \0(4A> \0A\xED\0 \0A\xE9\0A\x7F#! \0 $ \0(4!@ \x07E@ A\x87\f\v A= \0A\xC4\0 \0(4A\x88\v \0(4A \0A\xE9\0A\x7F#! \0(4A \0A\xEA\0 # \0 $ \0(4A \0(4A\x80jA \0(4A\xA9 \0A\xE9\0A\x7F#! AG"E@ \0(4A\x89\v \0(4A\x84 \0(4A\x80jA\0 \0A\xE9\0A\x7F#!\x07 E@ \0(4A\x89\v \0(4A\x80 \0(4A> \0A\xED\0 \0A\xE8\0 # \0(4A= \0A\xC4\0 \0 \x07$ \0(4A \0(4A \0(4A \0A\x8C \0 $ \0(4A\x84 \0(4A\x80jA \0A\xE9\0A\x7F#! AG"E@ \0(4A\x89\v \0(4A\x80 \0(4A> \0A\xED\0 \0A\xE8\0 # \0A\xEA\0 # \0 $ \0(4A\x84 \0(4A\x80jA \0A\xE9\0A\x7F#! E@ \0(4A\x89\v \0 $ \0(4A1A\0! \0A\0 \0(4A\x80jA \0 $ \0(4A= \0A\xC4\0 \0(4A \0(4A \0(4A\f\v AF\x7F A\x89 \0(4 \vA\x86 \0A\xE8\0A\x7F#! \0A\x8C\f\v \0A\0A\xA7A\xA4\x7FG\r\0 \0AA\0 \0(\f\xD2!\f\v@@ \0A\x89I@ \0(,Ac"AEF A
Fr\r \0( ! \0(\f!A\x7F! \0\r@ \0(\b"A(F\x7F \0A\0A\xA7A\xA4\x7FF\r \0(\b \vA\x83\x7FG\r \0(\r \0(,AcA\xA4\x7FG\r\v \0AA \xD2!\f\v \0(\b"A\x83\x7FF\x7F \0(,AcA\xA4\x7FF@ \0AA\0 \0(\f\xD2!\f\x07\v \0(\b \vA rA\xFB\0G\r \0 AjA\0\xA7A=G\r \0A\0A\0A\0 (AqAA\0\xD1Au!\f\v \0 6  \0 6, \0\r\vA\0! \0(\bA\x83\x7FF@ \0(!\vA\x7F! \0A\xA2\x7F \xD0\r \0(\b"A\xA6\x7FF@ \0:!@ \0\r \0(4A \0(4A\xAE \0A\xE8\0 # \0(4A \0A\b \xAB\r \0(\bA\xA6\x7FF\r\0\v \0 $ \0(\b!\v A?F@ \0\r \0A\xE8\0A\x7F#! \0R\r \0A:+\r \0A\xEA\0A\x7F#! \0 $ \0 \xBA\r \0 $ \0(\b!\v A=G" A\xFB\0jA\vKqE@ \0(\f! \0\r \0 Aj Aj Aj A\fjA\0  \xB9A\0H\r \0 \xBA@ \0(\0 (\f\v@ A=F@ ("A\xB6G A;Gq\r ( G\r \0 \xA9\f\v \0 b \0(4 A\xEB\xFBj-\0\0 (!\vA\0! \0  ( ( (\fAA\0\xD0\f\vA\0! A\xEF\0jAK\r \0\r \0 Aj Aj Aj A\fj A\bjA \xB9A\0H\r \0(4A A\x93\x7FF@ \0(4A\xAE\v \0A\xE9\0A\xE8\0 A\x92\x7FF\x1BA\x7F#! \0(4A \0 \xBA@ \0(\0 (\f\v@ ("A\xB6G A;Gq\r\0 ( G\r\0 \0 \xA9\v (\b"AO\r \0(4A\x91\xAA\xD8\xB8 AtvAq \0  ( ( (\fAA\0\xD0 \0A\xEA\0A\x7F#! \0 $@ @ \0(4A Ak!\f\v\v\v \0 $A\0!\f\v.\0\vA\x7F!\v A j$\0 \v\xD5\x7F#\0A@j"$\0\x7F@@@ (\0 M@  64  60 \0A\xE8\xB3 A0j6\f\v@  (L\r\0  6 A\xFF\xFFH\r\0  6  6\0 \0A\x90\xB4 6\f\v (\b Atj"\x07/\0"A\xFF\xFFG@  G@  6(  6$  6  \0A\xC1\xB3 A j6\f\v (\f Atj(\0" F\r  6  6  6 \0A\x96\xB3 Aj6\f\v \x07 ;\0 (\f Atj 6\0 \0 AjA Aj (AjTE\r\vA\x7F\f\v  ("\0Aj6 ( \0Atj 6\0\vA\0\v A@k$\0\vZ\x7F#\0Ak"$\0@ \0(\b"A\xAA\x7FF\r\0 A;G@ A\xFD\0F\r \0( \r A;6\0 \0A\xB0\xBA \x1BA\x7F!\f\v \0!\v Aj$\0 \v\0 \0  \0( \0 \xBE\v8\x7F \0(\b \0("kAM@ \0 \xDC\v \0(\0 j 6\0\0 \0 Aj6A\0\v\xBF\x7F \0 \0(\0"Ak"6\0@ AJ\r\0 E@ \0(!A\0! \0A\0\xFA \0 \0)\xD0 \0 \0)\xD8 \0 \0)\xC0 \0 \0)\xC8 \0 \0)\xB8 \0A\xE8\0j!@ A\bF@A\0!@ \0(8!  (@NE@ \0  Atj)\0 Aj!\f\v\v Aj  (\0\0 \0 \0)\xA8 \0 \0)\xB0 \0 \0)\` \0 \0)P \0 \0)X \0 \0)H \0 \0)@ \0( \0($\xDB \0( \0((\xDB \0( \0(,\xDB \0( \0(0\xDB \0( \0(4\xDB \0(" \0("6  6\0 \0B\x007 \0(\b" \0(\f"6  6\0 \0B\x007\b \0("Aj \0 (\0\0\f \0  Atj)\0 Aj!\f\v\0\v\0\vA\x96\xAEA\xDF\x90A\xA8A\x9B&\0\0\v\v*\x7F B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0  \x96\v\xBF~\x07\x7F#\0A\xE0\0k"	$\0 A\0 A\0J\x1B!\f@@ 
 \fF@A\0!\v\f\vA\x7F!\v \0  
Atj"(\0\xB9"\x07E\r\0 -\0!\bB\x80\x80\x80\x800!\x7F@@@@@@@@@@@ -\0\f\x07	
\x07\0\b\v \0 (\b\xB9!~@@@ (\fAj\0\v\v \0 \0)\xD0"  A\0\f\v \0 \0(8)"  A\0\f\v \0   A\0\v! \0 A\x7F B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r
 \x07A\xE1F@A!\b\f
\v \x07A\xEAG\r	A\0!\b\f	\v@ \x07A\xE1F@A!\b\f\v \x07A\xEAG\r\0A\0!\b\v \0  \x07A  \b\xA3Au\f	\vB\x80\x80\x80\x800! (\b@ 	 (\x006 	A j"A\xC0\0A\xD1\xC2\0 	AjfA\x7F \0 (\b A\0A
A\b -\0AF\x1B .\x93"B\x80\x80\x80\x80\xE0\0Q\r	\v@ (\fE\r\0 	 (\x006\0 	A j"A\xC0\0A\xCA\xC2\0 	f \0 (\f AA\vA	 -\0AF\x1B .\x93"B\x80\x80\x80\x80\xE0\0R\r\0 \0 A\x7F\f	\v \0  \x07B\x80\x80\x80\x800   \bA\x80:rx \0  \0 Au\f\b\v )\b"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83!\f\x07\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\f\vB\x80\x80\x80\x80\xE0~ )\b"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\f\v \0 (\bW!\f\v (\bA\0G\xADB\x80\x80\x80\x80\x84!\f\v \0  \x07A  \b\xA3Au\f\v.\0\v 5\b!\v \0  \x07  \bAu\v \0 \x07 
Aj!
E\r\v\v 	A\xE0\0j$\0 \v\v<~ (AF@ 5\b \0("\0Aj  \0(\0\0B\x80\x80\x80\x80\xF0\0\x84\v \xADB\x80\x80\x80\x80\xF0~\x84\vO\x7F \0("Aj   (\b\0" ErE@ \0\xC9 \v   \0((\f\0"\0 k"A\0 \0 O\x1B6\0 \vA\0 \0  A\0N~ \xADB\x80\x80\x80\x80\xE0~ \xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v  \xA0\v\x95~\x7F@@ @ \0 A\xED A\0"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80 R@ B\x80\x80\x80\x80\xE0\0Q\r B\x80\x80\x80\x800R\r\v \0 A\xE2 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0  \xF4! \0  B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \vB\x80\x80\x80\x80\xE0\0!@ \0 A\xEE\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0A9\x88"B\x80\x80\x80\x80\xE0\0Q@ \0 \f\v \0A?"E@ \0  \0 \f\v B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v  7\b  7\0 B\x80\x80\x80\x80pZ@ \xA7 6 \v !\v \0  \v \0 A\xE2 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\v \0 0E@ \0  \0A\xCF\xFA\0A\0B\x80\x80\x80\x80\xE0\0\v \0  \xF4 \0 !\v \v\xBB\x7F#\0A k"$\0~@ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FR@ \0 @"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\v \0 A\bj" A"\x07 A"\bj \xA7"("	A\xFF\xFF\xFF\xFF\x07qj 	Av\x9B\r\0   \x07\x95  A\0 (A\xFF\xFF\xFF\xFF\x07qL   \b\x95 \0  <\f\v \0 B\x80\x80\x80\x80\xE0\0\v A j$\0\v\x87\x7F \0A '"@ A6\0 A\0:\0\x07 A;\0 B\x80\x80\x80\x80\xC0\0B\x80\x80\x80\x800 \x1B7  Aj6 \0(!\0  -\0A\xE0qAr:\0 \0(P" A\bj"6  \0A\xD0\0j6\f  6\b \0 6P\v \v\f\0 \0  Au\v9\x7F \0("/\x90"A\xFFM@  A\x80r;\x90 \0A\xF1A\06  -\0\x90;\x90\v\v<\x7F \0(\f \0(\b"kA\0L@ A\0:\0\0 \0\xCDA\x7F\v \0 Aj6\b  -\0\0:\0\0A\0\v\x83\x7FA\x7F!@ \0(" j" I\r\0 \0(\b" I@ \0(\f\r Av" j" I\r \0( \0(\0    I\x1B" \0(\0"E@ \0A6\fA\x7F\v \0 6\b \0 6\0\vA\0!\v \vk\x7F AF@ \0 (\0"\0 \0\xBA\v A\0 A\0J\x1B!A!@  FE@  Atj(\0 A\x87lj! Aj!\f\v\v \0   A\xC7\x8C\xA2\x8ElA\xB6Au\v \0 \0(E@ \0(\0A\xF4\xCC\0A\0\x95\v \0A\x7F6\v\r\0 \0A\0 A\0\xC6\v8\x7F \0(4"(\xA4A\0N@ A \0(4A\xD6\0 \0(4"\0A\x80j \0/\xA4\v\v\xA1\0@@@@@@@@@@@@@@@@@@ A;k\0\v@ A\xC3\0k\0\v A\xBDF\r\0 A\xB6G\r AG\r\x07 \0(4A\f\x07\vA!@ Ak\0\vA\x1B!\f\v \0(\0  \0 $\vA\xB1!@@@ Ak\0\vA!\f\vA!\f\vA!\f\vA!@ Ak	\b\0
\vA!\f\b\vA!\v \0(4 \v@ A;k\b	\0\v@ A\xC3\0k\b\b\b\x07\0\v A\xBDF\r A\xB6G\r\x07\v \0(4A\xBBA\xB7 \x1B\f\b\v \0(4A\xBF\f\x07\v \0(4A\xC6\0\v \0(4A<\vA!\v \0(4 \v \0(4A\xC8\0\v.\0\v \0(4A? \0(4A\x80j \v \0(4A\x80j  \0(4A\x80j A\xFF\xFFq\v\xF5	\x7F#\0A@j"\x07$\0 A\0H@ \0 \x07A(jA\0\xA7 \x07((Aq!\v \0:!\v \0:!\f \0(4"\b(\x84!@ @ \bA \0(4A \0(4A\xA9 \0A\xE9\0 \v# \0 \f$\f\v \0A\xEA\0 \v# \0 \f$ \0(4A\v \0(4(\x84!@@@@@ \0(\b"\bA\xDB\0G@ \bA\xFB\0F@ \0\r \0(4A\xEF\0 @ \0(4A\v \0(4A\x1B\v AIF AQFr!\r@@@@@@@@@@@@@@ \0(\b"\bA\xA5\x7FG@ \bA\xFD\0F\r\r \0 \x07A8jA\0AA\0\xC4"\bA\0H\r \x07A\x0064 \b\r \0E\r \x07(8!\b\f	\v E@ \0(\0A\xAC\xDC\0A\06\f\vA\x7F!\b \0\r@@ @ \x07 \0 \xD2"	64 	E\r \0 \xAE@ \0(4A\xB6 \0 	 \0(4"
A\x80j 
/\xBC \0(\0 	\f\v \x07A\xB660 \0(4(\xBC!\b \x07A\x7F6< \x07 \b6, \x07A\x006\b\f\v \0\xB1\r\v \0 \x07A0j \x07A,j \x07A4j \x07A<j \x07A\bjA\0A\xFB\0\xB9\r\v \0(\bA\xFD\0F\r \0A\x97(A\0\x1B\f\v@ \0(\bA rA\xFB\0G\r\0 \0 \x07A(jA\0\xA7"\bA,F \bA\xFD\0FrE \bA=Gq\r\0@ \x07(8"\bE@ @ \0(4A\xF0\0 \0(4A \0(4A\x07 \0(4A\xCE\0 \0(4A\v \0(4A\xC4\0\f\v @ \0(4A\x1B \0(4A\x07 \0(4A\xC9\0 \0 \b \0(4A\x1B\v \0(4A> \0(4A\x80j \b\vA\x7F!\b \0  AA\x7FA \xD1A\0H\r \0(\bA\xFD\0F\r\f \0A,+E\r\r\f\v@\x7F \x07(8"\bE@ \0(4A\xF0\0 E@A!	\f\vA!
 \0(4A \0(4A\x07 \0(4A\xCE\0A\f\v E@A!	\f\vA\x1B!
 \0(4A\x1B \0(4A\x07 \0(4A\xC9\0 \0 \bA\v!	 \0(4 
\v \0(4 	@ @ \x07 \0 \xD2"	64 	E\r	 \0 \xAEE\r \0(4A\xB6 \0 	 \0(4"
A\x80j 
/\xBC \0(\0 	\f\v \0\xB1\r\b\f\v \x07A\xB660 \0(4(\xBC!	 \x07A\x7F6< \x07 	6, \x07A\x006\b \bE\r\f\v @ \0 \x07(8"\b\xBF\r\x07\v@ \0(4"	-\0jAqE\r\0 \x07(8"\bA\xD1\0G \bA>Gq\r\0 \0A\xEB1A\0\x1B\f\x07\v @ 	A\x1B \0(4A\x07 \0(4A\xC9\0 \0 \x07(8 \0(4A\x1B\v@@ E@ \x07(8!\b\f\v \x07(8!\b \0 \xAEE\r\v \0(4A \0(4A\xB6 \0 \b \0(4"	A\x80j 	/\xBC\f\v \0(\0 \b !\b \x07A\xB660 \x07 \b64 \x07A\x7F6< \x07A\x006\b \0(4A> \0(4A\x80j \b\f\b\v \0(4A\v \0(4A\xD0\0 \0(4A\x80j \x07(\b"\bAtAj \bAtA@krA\xFCq\f\v \0 \x07A0j \x07A,j \x07A4j \x07A<j \x07A\bjA\0A\xFB\0\xB9\r \x07(\b!	@@@ \bE@A!\b@ 	\0\vA !\b \0(4A \f\vA\x1B!
@ 	\x07\0\vA!
\f\v.\0\vA!\b\v \0(4 \b\v \0(4A\xC3\0\f\vA!
\v \0(4 
\v \0(4A= \0(4A\x80j \b\f\v \0(\0 \b\f	\v E\r \x07(4!\b\v \0 \b \xAF\r\x07 @ \0 \0(4(\x9C \b \bA\0\xE7E\r\b\v \x07 \0(4(\xBC6,\v@ \0(\bA=G@ \x07(0!\b\f\v \0(4A \0(4A \0(4A\xA9 \0A\xE8\0A\x7F#!	 \0\r\x07 \0(4A \0R\r\x07 \x07(0"\bA\xB6G \bA;GqE@ \0 \x07(4\xA9\v \0 	$\v \0 \b \x07(, \x07(4 \x07(<A \r\xD0 \0(\bA\xFD\0F\r\0 \0A,+E\r\f\x07\v\v \0(4A @ \0(4A\v\f\v \0A\xD8!A\0\x1B\f\v \0\r \x07 \0(4"(\xB06\b  \x07A\bj6\xB0 \x07A\x7F6 \x07B\xFF\xFF\xFF\xFF/7 \x07B\x80\x80\x80\x80p7\f \x07 (\xBC6  \x07 \x07-\0$A\xFCqAr:\0$ A\xFB\0 AIF AQFr!\r@@ \0(\b"\bA\xDD\0F\r\0 \b"A\xA5\x7FG"
E@ \0\rA\x97\xAF!	 \0(\b"A,F A\xDD\0Fr\r\v@@ A\xFB\0F A\xDB\0FrE@ A,G\r \0(4A\xFE\0 \0(4A\x80jA\0 \0(4A \0(4A\f\v \0 \x07A(jA\0\xA7"A,F A\xDD\0FrE A=Gq\r\0@ 
E@ A=F@A\xA0\xEF\0!	\f\b\v \0A\0\xDA\f\v \0(4A\xFE\0 \0(4A\x80jA\0 \0(4A\v \0  A \x07((AqA \xD1A\0H\r\x07\f\v \x07A\x0064@@ @ \x07 \0 \xD2"64 E\r\b \0  \xAF\r\b \0 \xAE@ \0(4A\xB6 \0  \0(4"	A\x80j 	/\xBC \0(\0 \f\v \x07A\xB660 \0(4(\xBC! \x07A\x7F6< \x07 6, \x07A\x0068\f\v \0\xB1\r\b\v \0 \x07A0j \x07A,j \x07A4j \x07A<j \x07A8jA\0A\xDB\0\xB9\r\x07\v@ 
E@ \0 \x07(8\xDA\f\v \0(4A\xFE\0 \0(4A\x80j \x07-\x008 \0(4A \0(\bA=G\r\0 \0(4A \0(4A \0(4A\xA9 \0A\xE8\0A\x7F#! \0\r \0(4A \0R\r \x07(0"	A\xB6G 	A;GqE@ \0 \x07(4\xA9\v \0 $\v \0 \x07(0 \x07(, \x07(4 \x07(<A \r\xD0\v \0(\bA\xDD\0F\r\0 \bA\xA5\x7FF@A\xDE\xF3\0!	\f\v \0A,+E\r\f\v\v \0(4A\x82 \0(4" (\xB0(\x006\xB0\v \0\r@ E\r\0 \0(\bA=G\r\0A\x7F!\b \0A\xEA\0A\x7F#! \0\r \0 \v$ @ \0(4A\v \0R\r \0A\xEA\0 \f# \0 $A!\b\f\v E@ \0A\x88\xDA\0A\0\x1B\f\v  k"@ \0(4(\x80 jA\xB1 \xFC\v\0\v \0(4(\xA4 \vAlj"\0 \0(\0Ak6\0A\0!\b\f\v \0 	A\0\x1B\f\v \0(\0 \x07(4\vA\x7F!\b\v \x07A@k$\0 \b\v\0 \0   A\0A\0\x8A\v\xA6\x7F#\0Ak"$\0  7\b@ \0 A\x8A A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 0@ \0  A A\bj="B\xFF\xFF\xFF\xFFoV B\x80\x80\x80\x80\xB0\x7F\x83B\x80\x80\x80\x80 Qr\r \0  \0A\xB7\xDE\0A\0B\x80\x80\x80\x80\xE0\0!\f\v \0  \0  \0 A\bj\xEB!\v Aj$\0 \v\0 @ \0  \xFC
\0\0\v \0\vc\x7F@@ B\x80\x80\x80\x80pT\r \xA7"/"A2F@ A\xE9\x07F@ \0tA\x7F\v ( "-\0@ \0\xC2A\x7F\v Aj! )\0!\f\v\v AF!\v \vV\x7F \0A\xFFM@ \0-\0\x80\xA1Aq\vA!@@ AK\r \0 At"/\x80\xA3I\r Aj! \0 A\x80\xA3j/O\r\0\vA!\v \v\0 \0AY"\0@ \0 6\b\v \0\v\x8A\x7F ("-\0E@A\0\v@ (\0AG@ \x7F (\0 kA0kAuA\0\v! \0 \xDA"E@A\x7F\v \0( (\x9C  6 E\r   AtjA0j6\0A\0\v \0( \xA4 A\0:\0\vA\0\v\x8B\b\x7F#\0A\xE0k"\r$\0 \0 \xB3! \0 A\x80r\xB3!@ AI\r\0 \r 6 \r \x006\0 \rA\x006\bA\0 k! \rA\fr!	@ 	 \rM\rA2 	Ak(\0"\f \fA2L\x1B! 	A\bk(\0!\x07 	A\fk"	(\0!\0\x7F@ \x07A\x07O@ \f F@  \x07l" k!
 \x07Av l!\x07 \0 \xB3!\b@ \x07@ \x07 k"\x07!@ At j" O\r  
I@  A\0 \0 j"  j  \0A\0L\x1Bj!\v \0 j" \0 j"\f  \0A\0J\r  \f  \b\0 !\f\0\v\0\v\v@A\0  k"E\r \0 \0 j  \b\0  k!\x07A\0!@ At j" O\r  \x07I@  A\0 \0 j"  j  \0A\0L\x1Bj!\v \0 j" \0 j"
  \0A\0J\r  
  \b\0 !\f\0\v\0\v\0\v \0 \x07Av l"j" \0 Atj"  \0!
  \0 Alj"  \0!\b@ 
A\0H@ \bA\0H\r      \0A\0H\x1B!\f\v \bA\0J\r\0      \0A\0H\x1B!\v \fAj!\f \0   \0A! \0  \x07lj"\b! \b!
 \0 j"\v!A!@@@  O\r\0 \0   \0"A\0H\r\0 \r \v   \0  \vj!\v Aj!\f\v@@   j"O\r \0   \0"A\0L@ \r 
 j"
   \0 \x07Ak!\x07\f\v\v    \0\f\v \0  \v \0k"  \vk"\v  \vI\x1B"k  \0  \b \b 
k"\v 
 k"  \vK\x1B"k  \0 \x07 k! \b k!@   k"\x07I@ \0! \x07!\b !\0 !\x07\f\v ! !\b\v 	 \f6\b 	 \b6 	 6\0 	A\fj!	\f\v  j! Aj!\f\0\v\0\v\v  \x07l\v! \0 j!\x07 \0!@  j"!  \x07O\r@ \0 O\r  j"   \0A\0L\r    \0 !\f\0\v\0\v\0\v\0\v \rA\xE0j$\0\vz\x7FA\x7F!@ \0 &"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 \xA7 \xC8! \0  \r\0 A\x80\x80qE@A\0! A\x80\x80I\r \0((\x94"E\r -\0$AqE\r\v \0A\xAE\x1BA\0A\x7F!\v \v5\0 \0 A2 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ A\x006\0A\x7F\v \0  \x9E\v\xA3\x7F B\x80\x80\x80\x80pZ@@@ \xA7"-\0AqE\r\0 \0((D /Alj("E\r\0 ("\r\v ((,"\0E@B\x80\x80\x80\x80 \v \0 \0(\0Aj6\0 \0\xADB\x80\x80\x80\x80p\x84\v \0  \x07\0\v \0 \x9A"B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v \v\xB4\xE2
~"\x7F|#\0A\xA0k"! $\0 \0(!!B\x80\x80\x80\x80\xE0\0!\x07@ \0\x7F\r\0\x7F@@@@@ B\xFF\xFF\xFF\xFFoX@ AI\r \xA7"(\`! (@"%($! %( "(4! /*! A\x006\`  !(\x9468 (H!  (T! (L! ! A8j"6\x94  Atj!#  !" ! (E\r\f\v \xA7"%/"A\rF\r !(D Alj("\r\v \0A\xC9\xD5\0A\0\f\v \0      \0!\x07\f\v !(\x80  %( "/." /*"j /(" A\0  H"\x1B AqAv\x1B"jAt /0"Atj" kK@ \0t\f\v -\0!"  68  "6<  7  %($!   AjA\xF0\xFF\xFFqk""$\0 !  @    \x1B"A\0 A\0J\x1B"k"A\0  O\x1B!@@  #F@@  F\r " AtjB\x80\x80\x80\x8007\0 Aj!\f\0\v\0\v  #At"j)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7"   (\0Aj6\0\v  "j \x077\0 Aj! #Aj!#\f\v\v  68 "! \v   6(  " Atj"6,A\0!@  G@  AtjB\x80\x80\x80\x8007\0 Aj!\f\v\v   Atj" Atj"60A\0!@  G@  AtjA\x006\0 Aj!\f\v\v (!  !(\x946 ! Aj"6\x94 (4! !#\vA\0\f\vA\v!@@@@@@@ E@ B\x80\x80\x80\x80\`\x83! At!/ At!0 B\x80\x80\x80\x80p\x83! A\bj!& Aj!' Aj!(  A\bj!)  Aj!*  Aj!+ \xAD! \xA7!- A\xE0\0j!1 A\xD8\0j!.@ ! "Aj!B\0!\x07B\x80\x80\x80\x800!\b@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@~@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\x7F@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@ -\0\0"Ak\xF3\0%	\x92
\v\f\r\x1B!"#$ )''**+,\xCB\x8F-./01\xCD234567899::\xA0\xA3\x8E\x8F\x91\x93\x94\x95\x9D\x9E\x9F\xA2\xA1\xA4\x96\x97\x98\x99\x9A\xA5\xA6\xA7\x9B\x9B\x9C\x9C;<=>?@hijnoqrspklmt{zw~\x7F\x80\x8A\xE2\xE1\xD9\xD9\xD9\xD9\xD9uuuv\x81\x83\x86\x82\x84\x85\x88\x87\x89\x8B\x8C\xCC\xCF\xCE\xCE\x8E\xB0\xAF\xB2\xB1\xB4\xB3\xB6\xB5\xA9\xB7\x8D\xE5\xE4\xE3\xAB\xAC\xAD\xA8\xAA\xAE\xB8\xBA\xB9\xBE\xBF\xC0\xC1\xE6\xC6\xC2\xC3\xC4\xC5\xBB\xBD\xBC\xD1\xC7\x8C\x07\bABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_\`abcdefg\x90}|yx&&&&\xD6\xD5\xD3\xD2\xD0\v  5\07\0 Aj! A\bj!\f\x8B\v  5\0B\x80\x80\x80\x80\xF0\0\x847\0 Aj! A\bj!\f\x8A\v (8 (\0\0Atj)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 Aj! A\bj!\f\x89\v  A\xB3k\xAD7\0 A\bj!\f\x88\v  0\0B\xFF\xFF\xFF\xFF\x837\0 Aj! A\bj!\f\x87\v  2\0B\xFF\xFF\xFF\xFF\x837\0 Aj! A\bj!\f\x86\v (8 -\0Atj)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v Aj!  \x077\0 A\bj!\f\x85\v (8 -\0Atj)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v Aj!   \x07  A\0\x99"\x077\0 A\bj! \x07B\x80\x80\x80\x80\xE0\0R\r\x84\f\x89\v  A/37\0 A\bj!\f\x83\v   (\0W7\0 Aj! A\bj!\f\x82\v B\x80\x80\x80\x8007\0 A\bj!\f\x81\v B\x80\x80\x80\x80 7\0 A\bj!\f\x80\v@@ -\0AqE@ "\x07B\xFF\xFF\xFF\xFFoV\r B\x80\x80\x80\x80 Q@ )\xD0"\x07B\xFF\xFF\xFF\xFF\xEF~V\r\f\v  &"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\f\x88\v "\x07B\x80\x80\x80\x80\xF0~T\r\v \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj!\f\xFF\v B\x80\x80\x80\x807\0 A\bj!\f\xFE\v B\x81\x80\x80\x807\0 A\bj!\f\xFD\v  g"\x077\0 A\bj! \x07B\x80\x80\x80\x80\xE0\0R\r\xFC\f\x81\v Aj!@@@@@@@@ -\0\x07\0\x07\v  7P )\xB8"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077X )\xC0"\x07\xA7! \x07B\x80\x80\x80\x80\xF0~Z@  (\0Aj6\0\v  6d  6\` ((" (\0Aj6\0  A\b A\xD0\0j\xFE"\x07B\x80\x80\x80\x80\xE0\0R@ A\0L@A\0!\f\x83\vA\0!  /'"@@  F\r\x84  At"j)\0"\bB\x80\x80\x80\x80\xF0~Z@ \b\xA7" (\0Aj6\0\v  j \b7\0 Aj!\f\0\v\0\v  \x07\v B\x80\x80\x80\x80\xE0\x007\0 A\bj!\f\x88\v /(!  7P )\xB8"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077X ((\x94)\b"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\` (," (\0Aj6\0  A	 A\xD0\0j\xFE"\x07B\x80\x80\x80\x80\xE0\0Q\r\xFE A\0L@A\0!\f\x80\v  0'"E\r\xFD    H\x1B!A\0!@  G@   A\xAA"E\r\xFE  Atj 6\0 Aj!\f\v\v@  F\r\x80 A\0\xC7"E@ A\0 A\0J\x1B!\f\xFE\v  Atj)\0"\bB\x80\x80\x80\x80\xF0~Z@ \b\xA7" (\0Aj6\0\v  \b7  Atj 6\0 Aj!\f\0\v\0\v )\b"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj!\f\x80\v B\x80\x80\x80\x80\xF0~Z@ - -(\0Aj6\0\v  7\0 A\bj!\f\xFF\v  %(("~  (\0Aj6\0 \xADB\x80\x80\x80\x80p\x84B\x80\x80\x80\x800\v7\0 A\bj!\f\xFE\v  B\x80\x80\x80\x80 \x90"\x077\0 A\bj! \x07B\x80\x80\x80\x80\xE0\0R\r\xFD\f\x82\v@ \xF2"@  \xF1!   \r\v A\xF1%A\0 B\x80\x80\x80\x80\xE0\x007\0 A\bj!\f\x83\v )\xC0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ B\x80\x80\x80\x80 \x90"\x07B\x80\x80\x80\x80\xE0\0Q@ B\x80\x80\x80\x80\xE0\x007\0 A\bj!\f\x84\v  \x077\xC0\v \x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj! \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\xFC\f\x81\v.\0\v    /\0"   J\x1B"k  Atj\xD3"\x077\0 A\bj! Aj! \x07B\x80\x80\x80\x80\xE0\0R\r\xFA\f\xFF\v  A\bk")\0\f\xF9\v  Ak")\0  A\bk")\x007\0\f\xF8\v  Ak")\0  Ak")\x007\0  A\bk")\x007\0\f\xF7\v A\bk)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj!\f\xF6\v Ak)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bk)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\b Aj!\f\xF5\v Ak)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 Ak)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\b A\bk)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077 Aj!\f\xF4\v  A\bk")\x007\0 Ak)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj!\f\xF3\v  A\bk")\0"\x077\0  Ak")\x007\0 \x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj!\f\xF2\v  A\bk")\0"\x077\0 Ak")\0!\b  Ak")\x007\0  \b7\0 \x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj!\f\xF1\v  A\bk")\0"\x077\0 Ak")\0!\b  Ak")\x007\0  \b7\0  A k")\x007\0 \x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj!\f\xF0\v Ak")\0!\x07  Ak")\x007\0  \x077\0\f\xEF\v Ak")\0!\x07  Ak")\x007\0 A\bk")\0!\b  \x077\0  \b7\0 !\f\xEE\v A k")\0!\x07  Ak")\x007\0 Ak")\0!\b  A\bk")\x007\0  \b7\0  \x077\0 !\f\xED\v A(k")\0!\x07  A k")\x007\0 Ak")\0!\b  Ak")\x007\0  \b7\0  A\bk")\x007\0  \x077\0 !\f\xEC\v A\bk")\0!\x07  Ak")\x007\0 Ak")\0!\b  \x077\0  \b7\0 !\f\xEB\v Ak")\0!\x07  Ak")\x007\0 A k")\0!\b  \x077\0  \b7\0 !\f\xEA\v Ak")\0!\x07  Ak")\x007\0 A k")\0!\b  A(k")\x007\0  \b7\0  \x077\0 !\f\xE9\v A\bk")\0!\x07  Ak")\x007\0  \x077\0\f\xE8\v A k")\0!\x07  Ak")\x007\0 A\bk")\0!\b  Ak")\x007\0  \x077\0  \b7\0 !\f\xE7\v (8 (\0\0Atj)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v   \x07  A\0\x99"\x077\0 A\bj! Aj! \x07B\x80\x80\x80\x80\xE0\0R\r\xE6\f\xEB\v A\xECk\f\v Aj! /\0\v!  6   Atk"A\bk)\0B\x80\x80\x80\x800B\x80\x80\x80\x800  A\0\xDD"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\xE9A\x7F! A#F\r\xE6@  G@   Atj)\0 Aj!\f\v\v  A\x7FsAtj" \b7\0 A\bj!\f\xE3\v /\0!  Aj"6A~!   Atk"Ak)\0 A\bk)\0  A\0\x98"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\xE8@  G@   Atj)\0 Aj!\f\v\v A~ kAtj" \x077\0 A\bj!\f\xE2\v /\0!  Aj"6   Atk"A\bk)\0 Ak)\0B\x80\x80\x80\x800  A\0\xDD"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\xE7A~! A%F\r\xE4@  G@   Atj)\0 Aj!\f\v\v A~ kAtj" \b7\0 A\bj!\f\xE1\v Aj!  /\0"Atk!@@ B"\x07B\x80\x80\x80\x80\xE0\0R@ E\r  \x07\xA7" \x99A\0N\r  \x07\vA\0!@  F\r\xE9   Atj)\0 Aj!\f\0\v\0\v \xAD!\b  6(A\0!@  G@ At" ($j  j)\x007\0 Aj!\f\v\v  ( \b!\v  \x077\0 A\bj!\f\xE0\v /\0!  Aj"6  Ak")\0  Ak" \xA9"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\xE5  )\0  )\0  A\bk)\0  \x077\0\f\xDF\v  A\bk)\0"\x07B\xFF\xFF\xFF\xFFoV~B\x80\x80\x80\x80 \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R\r\x9DB\x81\x80\x80\x80\v7\0 A\bj!\f\xDE\v B\x80\x80\x80\x800R\r\xDD\f\xD7\v  6 B\x80\x80\x80\x800Q\r\xD6  \xDC"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\xE2  \x07   \xD2!\b  \x07 \bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\xE2  \b7\0 A\bj!\f\xDC\v  Ak)\0 A\bk)\0\xEF"A\0H\r\xE1 \r\xDB A\xE63A\0\f\xE1\v A\bk")\0"\x07B\xFF\xFF\xFF\xFFoX\r\xD3 Ak")\0!\b \x07\xA7"("A0j!  (A\x7FsAtA\xFCxrj(\0!@@@ @  AkAt"j"(A\xE0F\r (\0A\xFF\xFF\xFFq!\f\v\v A\xFB\0\xEE"\x07B\x80\x80\x80\x80\xE0\0Q\r\xE2  A\xE0A\x07~"E@  \x07\f\xE3\v \x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0\f\v ( j)\0"\x07B\x80\x80\x80\x80\xF0~T\r\0 \x07\xA7" (\0Aj6\0\v ( \x07\xA7\xB3!@ \bB\x80\x80\x80\x80pZ@ \b\xA7"("A(j!  ( qA\x7FsAtj(\0!@@ E\r   Atj"(G@ (\0A\xFF\xFF\xFFq!\f\v\v   A\xEC-A\0\f\xE3\v   A\x07~!   E\r\xE2 B\x80\x80\x80\x8007\0\f\v  \v  )\0  )\0\f\xDA\v  A\bk")\0\x8A\f\xDF\v Aj! (\0!@@@@@@ -\0"\0\v  A\xC1\x94\f\xE3\v  \xED\f\xE2\v  \xDE\f\xE1\v A\x8A\xB9A\0\xD1\f\xE0\v A\xB8\x83A\0\f\xDF\v  6 A\xA6\x90 Aj6\f\xDE\v /\0! /\0!  Aj"6A\x7F!~   Atk"A\bk")\0 )\xC8E@ B\x80\x80\x80\x800 ~ )\0B\x80\x80\x80\x800\vA Ak\xA8\f\v  )\0B\x80\x80\x80\x800B\x80\x80\x80\x800  A\0\xDD\v"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\xDD@  G@   Atj)\0 Aj!\f\v\v  A\x7FsAtj" \x077\0 A\bj!\f\xD7\v /\0!  Aj"6  A\xD0\0j A\bk")\0\x97"E\r\xDC~  Ak")\0 )\xC8E@ B\x80\x80\x80\x800 (P~ )\0B\x80\x80\x80\x800\vA Ak\xA8\f\v  )\0B\x80\x80\x80\x800 (P \v!\x07   (P\xA7 \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\xDC  )\0  )\0  \x077\0\f\xD6\v@@ Ak")\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FQ A\bk")\0"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FQqE@ A\xC0\x8AA\0\f\v B\x007P (0" (\0Aj6\0  A A\xD0\0j\xFE"	B\x80\x80\x80\x80\xE0\0R\r\v  \b  \x07 B\x80\x80\x80\x80\xE0\x007\0\f\xA4\v 	\xA7" \b>$  \x07>   	7\0\f\xD5\v  6  A\bk")\0\xDC"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\xDA  )\0  \x077\0\f\xD4\v  6 A\bk")\0!	 Ak")\0!
@ \xF2"E@B\x80\x80\x80\x80 !\b\f\v  W!\b   \bB\x80\x80\x80\x80\xE0\0Q\r\xDA\v  A\x80j\x9F"\fB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@  \b\f\xDA\vB\x80\x80\x80\x800!\x07B\x80\x80\x80\x800!\v  
("
B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\xCA@ 	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0 	B\xFF\xFF\xFF\xFFoX@ A\xCB4A\0\f\xCC\v  	A 	A\0"\vB\x80\x80\x80\x80p\x83"\x07B\x80\x80\x80\x800Q\r\0 \x07B\x80\x80\x80\x80\xE0\0Q\r\xCA \vB\xFF\xFF\xFF\xFFoX@ A\xE54A\0\f\xCB\v B\x80\x80\x80\x80 \x90!\x07  A\x9Cj A\xCC\0j \v\xA7Aw\r\xCBA\0!@@ (\x9C!  (L"O\r@  \v  Atj( \vA\0"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 	B \x88B\xFB\xFF\xFF\xFF}B}X@  	 A\xF5=A\0\f\v At! Aj!  \x07  (\x9Cj( 	A\x07A\0N\r\v\v  (\x9C (LX\f\xCC\v   X ("(\xBC"@  (\xC0 \x07 \0A\0H\r\xCC\v  \v\v  )\x807P  \x077p  
7h  \b7\`  )\x887X A6A A\xD0\0j\xCF\f\xCB\v Aj!@  /\0"Atj(\0()\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xC0\0Q@ ($ Atj"-\0\0A\bq@  (\xDE\f\xDB\v  6   )\xD0"\x07 ( \x07 A7k"\x077\0 \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\f\xDA\v \x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0\v A\bj!\f\xD2\v Aj!@  /\0"Atj(\0"("5B \x86"\x07B\x80\x80\x80\x80\xC0\0R@ -\0\x07E\r\v ($ Atj! -\0@ A:F\r (! \x07B\x80\x80\x80\x80\xC0\0Q@  \xDE\f\xDA\v  A\xC1\x94\f\xD9\v  6  )\xD0 (K"A\0H\r\xD8@ \r\0 ((\x94"E\r\0 -\0$AqE\r\0  (\xD4\f\xD9\v  )\xD0"\x07 ( A\bk")\0 \x07A\x80\x80\xA1A\0N\r\xD2\f\xD7\v   A\bk")\0!\f\xD1\v  /\0Atj)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v Aj!  \x077\0 A\bj!\f\xD0\v   /\0Atj A\bk")\0! Aj!\f\xCF\v  /\0Atj! A\bk)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v Aj!   \x07! !\f\xCE\v   /\0Atj)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v Aj!  \x077\0 A\bj!\f\xCD\v    /\0Atj A\bk")\0! Aj!\f\xCC\v   /\0Atj! A\bk)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v Aj!   \x07! !\f\xCB\v  -\0Atj)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v Aj!  \x077\0 A\bj!\f\xCA\v   -\0Atj A\bk")\0! Aj!\f\xC9\v  -\0Atj! A\bk)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v Aj!   \x07! !\f\xC8\v )\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj!\f\xC7\v &)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj!\f\xC6\v ')\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj!\f\xC5\v ()\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj!\f\xC4\v   A\bk")\0!\f\xC3\v  & A\bk")\0!\f\xC2\v  ' A\bk")\0!\f\xC1\v  ( A\bk")\0!\f\xC0\v A\bk)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v   \x07!\f\xBF\v A\bk)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  & \x07!\f\xBE\v A\bk)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  ' \x07!\f\xBD\v A\bk)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  ( \x07!\f\xBC\v  )\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj!\f\xBB\v ))\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj!\f\xBA\v *)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj!\f\xB9\v +)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj!\f\xB8\v    A\bk")\0!\f\xB7\v  ) A\bk")\0!\f\xB6\v  * A\bk")\0!\f\xB5\v  + A\bk")\0!\f\xB4\v A\bk)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v    \x07!\f\xB3\v A\bk)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  ) \x07!\f\xB2\v A\bk)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  * \x07!\f\xB1\v A\bk)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  + \x07!\f\xB0\v (\0()\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj!\f\xAF\v (()\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj!\f\xAE\v (\b()\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj!\f\xAD\v (\f()\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj!\f\xAC\v  (\0( A\bk")\0!\f\xAB\v  (( A\bk")\0!\f\xAA\v  (\b( A\bk")\0!\f\xA9\v  (\f( A\bk")\0!\f\xA8\v (\0(! A\bk)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v   \x07! !\f\xA7\v ((! A\bk)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v   \x07! !\f\xA6\v (\b(! A\bk)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v   \x07! !\f\xA5\v (\f(! A\bk)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v   \x07! !\f\xA4\v  /\0Atj(\0()\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v Aj!  \x077\0 A\bj!\f\xA3\v   /\0Atj(\0( A\bk")\0! Aj!\f\xA2\v  /\0Atj(\0(! A\bk)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v Aj!   \x07! !\f\xA1\v Aj!  /\0"Atj(\0()\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xC0\0R@ \x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj!\f\xA1\v   A\xF9\f\xA6\v Aj!  /\0"Atj(\0("5B \x86B\x80\x80\x80\x80\xC0\0R@   A\bk")\0!\f\xA0\v   A\xF9\f\xA5\v Aj!  /\0"Atj(\0("5B \x86B\x80\x80\x80\x80\xC0\0R@   A\xF9\f\xA5\v   A\bk")\0!\f\x9E\v   /\0AtjB\x80\x80\x80\x80\xC0\0! Aj!\f\x9D\v Aj!  /\0"Atj)\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xC0\0R@ \x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj!\f\x9D\v   A\0\xF9\f\xA2\v Aj!  /\0"Atj)\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xC0\0R@ \x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0 A\bj!\f\x9C\v \0  A\0\xF9\f\xA1\v Aj!  /\0"Atj"5B \x86B\x80\x80\x80\x80\xC0\0R@   A\bk")\0!\f\x9B\v   A\0\xF9\f\xA0\v Aj!  /\0"Atj"5B \x86B\x80\x80\x80\x80\xC0\0R@ A\bk)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v   \x07!\f\x9A\v   A\0\xF9\f\x9F\v Aj!  /\0Atj"5B \x86B\x80\x80\x80\x80\xC0\0R@ A\x9E\x81A\0\xD1\f\x9F\v   A\bk")\0!\f\x98\v Aj! (  /\0A\flj /(A\flj/
At" (j(\0"E\r\x97 (  \xEC ( jA\x006\0\f\x97\v /\0! (\0!  B\x80\x80\x80\x80 \x90"\x077\0 A\bj! A\x07j! \x07B\x80\x80\x80\x80\xE0\0Q\r\x8A A\xF8\0F@  Atj(\0" (\0Aj6\0\f\x8A\v    A\xF7\0F\xAA"\r\x89 !\f\x9C\v (\0!  Aj"6 )\xD8"\x07\xA7"("A0j!   (qA\x7FsAtj(\0!@@@@@ E\r   AkAt"j"(G@ (\0A\xFF\xFF\xFFq!\f\v\v ( j(\0(5B \x86B\x80\x80\x80\x80\xC0\0Q@  \xDE\f\xA0\v -\0A\bqE\r \x07B\xFF\xFF\xFF\xFF\xEF~V\r\f\v  )\xD0 K"A\0H\r\x9E E@B\x80\x80\x80\x800!\x07\f\v )\xD0"\x07B\x80\x80\x80\x80\xF0~T\r \x07\xA7!\v  (\0Aj6\0\v  \x077\0   W7\b Aj!\f\x96\v  A\xC1\x94\f\x9B\v  (\0\0j! \x7FE\r\x94\f\x9A\v  .\0\0j! \x7FE\r\x93\f\x99\v  ,\0\0j! \x7FE\r\x92\f\x98\v Aj!\x7F A\bk")\0"\x07B\xFF\xFF\xFF\xFF?X@ \x07\xA7\f\v  \x07-\v\x7F  (\0\0jAk \v! \x7FE\r\x91\f_\v Aj!\x7F A\bk")\0"\x07B\xFF\xFF\xFF\xFF?X@ \x07\xA7\f\v  \x07-\v\x7F   (\0\0jAk\v! \x7FE\r\x90\f^\v Aj!\x7F A\bk")\0"\x07B\xFF\xFF\xFF\xFF?X@ \x07\xA7\f\v  \x07-\v\x7F  ,\0\0jAk \v! \x7FE\r\x8F\f]\v Aj!\x7F A\bk")\0"\x07B\xFF\xFF\xFF\xFF?X@ \x07\xA7\f\v  \x07-\v\x7F   ,\0\0jAk\v! \x7FE\r\x8E\f\\\v   (\0j (k\xADB\x80\x80\x80\x80\xD0\0\x847\0 Aj! A\bj!\f\x8D\v (\0   (kAj\xAD7\0 A\bj! j!\f\x8C\v@ A\bk")\0"\x07B\xFF\xFF\xFF\xFFV\r\0 \x07\xA7" (O\r\0 ( j!\f\x8C\v A\xC9\xEF\0A\06\f\x91\v  6~ A\bk")\0"	B \x88\xA7Aj"AM@ 	A tAq\r\v  	\xEB\v!\b@@ A'"E\r\0 B\x80\x80\x80\x80 Ai"\x07B\x80\x80\x80\x80\xE0\0Q@ ("Aj  (\0\0\f\v A\x006  \b7\0 A\0; B\x007\b \x07\xA7 6  	B\x80\x80\x80\x80\`\x83B\x80\x80\x80\x80 Q\r~@ \b\xA7"-\0A\bqE\r\0A\0! ("( "\x1BA\0 \x1BA\0J\x1B!\x1B A0j!@  \x1BF\r -\0Aq\r A\bj! Aj!\f\0\v\0\v  A\xD0\0j A\x80j A!wE\rI \x07!\b\v  \b B\x80\x80\x80\x80\xE0\x007\0\f\x91\v A:\0 A(j!\f{\v  6B\x81\x80\x80\x80!\f@ A\bk)\0"	B\x80\x80\x80\x80pT\r\0 	\xA7"/AG\r\0 ( !@@ (\b" (\fO@ )\0"\x07B\x80\x80\x80\x80\x84B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r   -\0~ \x07 ( ")\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v@@  \x07\xCE"\x07B\x80\x80\x80\x80p\x83"
B\x80\x80\x80\x80 Q\r 
B\x80\x80\x80\x80\xE0\0Q\r\x96  A\xD0\0j" A\x80j" \x07\xA7AwE@  (P (\x80"\x1BX \x1B@  \x07 -\0@    (\0A!w\r\x99 A\0:\0  (P6  (\x806\f\vA\0!@  (\fO\r At! Aj!  	  (j(B\x80\x80\x80\x80 AA\0N\r\0\v\f\x98\v \x7FE\r\v\v  \x07\f\x95\v A:\0 )\0\v\xCE"\x077\0 \x07B\x80\x80\x80\x80p\x83"\x07B\x80\x80\x80\x80 Q\r \x07B\x80\x80\x80\x80\xE0\0Q\r\x93 \x7F\r\x93  A\xF8\0j A\x9Cj (\0A!w\r\x93  ( (\fX  (x6 (\x9C! A\x006\b  6\f\f\v@ -\0@  Aj6\b A\x80\x80\x80\x80xr!\f\v ( Atj"(\0 (!  Aj6\b -\0@ A\0  J"A\0H\r\x94 \r  	 B\x80\x80\x80\x80 AA\0H\r\x94\vE\r\v A\0 (\0 J"A\0H\r\x92 E\r\0\vB\x80\x80\x80\x80!\f  W!\b\f\v  \x07\v  \f7\b  \b7\0 Aj!\f\x89\v  6  A\0\xEA\r\x8E B\x80\x80\x80\x80\xD0\x007\b Aj!\f\x88\v -\0!  Aj"6 A6PB\x80\x80\x80\x800!\x07B\x81\x80\x80\x80!\b A} kAtj")\0"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\rw  	 )\b A\xD0\0j9"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@A\x7F! A\x7F6P\fw\v (P"\rvB\x80\x80\x80\x80!\b\fw\v  6 A\bkB\x80\x80\x80\x8007\0  Ak)\0 Ak)\0A\0A\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\x8C  \x077\0 A\bj!\f\x86\v  6  A\xEA\r\x8B B\x80\x80\x80\x80\xD0\x007\b Aj!\f\x85\v  6 A\bk")\0"\x07B\xFF\xFF\xFF\xFFoX@ A\xAC4A\0\f\x8B\v  \x07 A\xD0\0j\xE9"\bB\x80\x80\x80\x80\xE0\0Q\r\x8A  \x07 AkB\x80\x80\x80\x80\xD0\x007\0  \b7\0  (PA\0G\xADB\x80\x80\x80\x80\x847\0 A\bj!\f\x84\v A\bk)\0B\xFF\xFF\xFF\xFFoV\r\x83 A\xAC4A\0\f\x89\v  Ak")\0 Ak")\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\x82  6  \x07A\0D@ !\f\x89\v  )\0\f\x82\v A\bk")\0!\x07@@  #M\r\0 A\bk")\0"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xD0\0Q\r\0  \b !\f\v\v  #F@ A\xE5\xE6\0A\06  \x07\fP\v A\bk \x077\0\f\x81\v  6  Ak)\0 A k)\0A A\bk""\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\x86  )\0  \x077\0\f\x80\v -\0!  Aj"6   A k")\0"\x07AA Aq\x1B \x07A\0"\x07B\x80\x80\x80\x80p\x83"\bB\x80\x80\x80\x80 Q \bB\x80\x80\x80\x800Qr~B\x81\x80\x80\x80 \bB\x80\x80\x80\x80\xE0\0Q\r\x86 )\0!\b~ Aq@  \x07 \bA\0A\0=\f\v  \x07 \bA A\bk=\v"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\x86  A\bk")\0  \x077\0B\x80\x80\x80\x80\v7\0 A\bj!\f\x7F\v\x7F A\bk")\0"\x07B\xFF\xFF\xFF\xFF?X@ \x07\xA7E\f\v  \x07-E\v!  \xADB\x80\x80\x80\x80\x847\0 !\f~\v Aj! (\0! A\bk")\0"\x07!\b \x07B\x80\x80\x80\x80pT\rj \x07\xA7!@ ("A0j!\x1B  ( qA\x7FsAtj(\0!@@ E\r \x1B Ak"Atj"$(\0!  $(G@ A\xFF\xFF\xFFq!\f\v\v A\xFF\xFF\xFF\xFFK\rl ( Atj)\0"\bB\x80\x80\x80\x80\xF0~T\rm \b\xA7" (\0Aj6\0\fm\v -\0Aq@ \xADB\x80\x80\x80\x80p\x84!\b\fl\v (,"\r\0\vB\x80\x80\x80\x800!\b\fk\v Aj! (\0! A\bk)\0"\x07!\b \x07B\x80\x80\x80\x80pT\rg \x07\xA7!@ ("A0j!  ( qA\x7FsAtj(\0!@@ E\r  Ak"\x1BAtj"(\0!  (G@ A\xFF\xFF\xFFq!\f\v\v A\xFF\xFF\xFF\xFFK\ri ( \x1BAtj)\0"\x07B\x80\x80\x80\x80\xF0~T\rj \x07\xA7" (\0Aj6\0\fj\v -\0Aq@ \xADB\x80\x80\x80\x80p\x84!\b\fi\v (,"\r\0\vB\x80\x80\x80\x800!\x07\fh\v A\bk")\0"\x07!\b \x07B\x80\x80\x80\x80pT\rd \x07\xA7!@ ("A0j!  (A\x7FsAtA\xB4~rj(\0!@@ E\r  Ak"\x1BAtj"(\0! (A2G@ A\xFF\xFF\xFFq!\f\v\v A\xFF\xFF\xFF\xFFK\rf ( \x1BAtj)\0"\bB\x80\x80\x80\x80\xF0~T\rg \b\xA7" (\0Aj6\0\fg\v -\0Aq@ \xADB\x80\x80\x80\x80p\x84!\b\ff\v (,"\r\0\vB\x80\x80\x80\x800!\b\fe\v Aj! (\0!@ Ak")\0"\x07B\x80\x80\x80\x80pT\r\0 \x07\xA7"("A0j!  ( qA\x7FsAtj(\0!@ E\r  Ak"Atj"\x1B(\0!  \x1B(G@ A\xFF\xFF\xFFq!\f\v\v A\x80\x80\x80\xC0~qA\x80\x80\x80\xC0\0G\r\0  ( Atj A\bk)\0!  \x07\f{\v  6  \x07  A\bk)\0 \x07A\x80\x80\xA1  \x07A\0N\rz\fH\v Aj!  (\0\xEE"\x07B\x80\x80\x80\x80\xE0\0Q\r\x7F  \x077\0 A\bj!\fy\v A\bk!@ Ak")\0"\x07B\xFF\xFF\xFF\xFFoX@ %B\x80\x80\x80\x80\xE0\0!\x07\f\v )\0"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x80\x7FR@ \x96B\x80\x80\x80\x80\xE0\0!\x07\f\v ( \b\xA7\xB3! \x07\xA7"("A0j!   (qA\x7FsAtj(\0!@@ @  AkAt"j"( F\r (\0A\xFF\xFF\xFFq!\f\v\v  \xE8B\x80\x80\x80\x80\xE0\0!\x07\f\v ( j)\0"\x07B\x80\x80\x80\x80\xF0~T\r\0 \x07\xA7" (\0Aj6\0\v  )\0  )\0  \x077\0 \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\rx\fF\v Ak)\0!\x07 A\bk!@@ Ak")\0"\bB\xFF\xFF\xFF\xFFoX@ %\f\v )\0"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x80\x7FR@ \x96\f\v ( 	\xA7\xB3! \b\xA7"("A0j!   (qA\x7FsAtj(\0!@ @  AkAt"j"( F\r (\0A\xFF\xFF\xFFq!\f\v\v  \xE8\v  \x07  )\0  )\0\fF\v  ( j \x07!  )\0  )\0\fw\v A\bk)\0!\x07 Ak!@@ Ak)\0"\bB\xFF\xFF\xFF\xFFoX@ %\f\v )\0"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x80\x7FR@ \x96\f\v ( 	\xA7\xB3! \b\xA7"("A(j!   (qA\x7FsAtj(\0!@@ E\r   Atj"(G@ (\0A\xFF\xFF\xFFq!\f\v\v  A\xA07\x94\f\v   A\x07~"\r\v  \x07  )\0\fE\v  \x077\0  )\0\fv\v Aj!  Ak)\0 (\0 A\bk")\0A\x87\x80A\0N\ru\fC\v Aj!  A\bk)\0 (\0\xE7A\0N\rt\fz\v  A\bk)\0 Ak)\0\xE6A\0N\rs\fy\v  6 A\bk")\0"\x07B\xFF\xFF\xFF\xFFoX \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80 RqE@  Ak)\0 \x07A\x98A\0H\ry\v  \x07\fr\v  A\bk)\0 Ak)\0\x95\fq\v \x7F A\xD2\0F@A}  Ak)\01"\r\fx\v Aj! (\0!A~\vAtjA\x83\xCE! A\bk")\0"	!\vB\x80\x80\x80\x800!\f@@@ -\0\0"Aq\0\vB\x80\x80\x80\x800!\vA\x81\x9A! 	!\f\f\vB\x80\x80\x80\x800!\vA\x81\xAA! 	!\b\v)\0!
  \xE5!\x07@  A\x80q\x7FA\xF0\xBB A\x80 qE\rA\xEB\xBB\v \x07A\xDF\xC0\xC6!\x07\v\x7FA \x07B\x80\x80\x80\x80\xE0\0Q\r\0A  	A: \x07AA\0H\r\0  	 
\x95  
  \v \f \b  AqrxAv\v  )\0 Aj!  A\xD2\0F\x7F    Ak)\0A~A\x7F\vAtj!E\rp\f>\v Aj! A\bk")\0!\f Ak! (\0!@@ -\0Aq@B\x80\x80\x80\x80 !\v )\0"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80 Q@ )@"\bB\xFF\xFF\xFF\xFF\xEF~V\r\f\vB\x80\x80\x80\x800!	A\xFE\xC3\0! \bB\x80\x80\x80\x80pT\rW \b\xA7-\0AqE\rW  \bA? \bA\0"\vB\x80\x80\x80\x80p\x83"\x07B\x80\x80\x80\x80 Q\r \x07B\x80\x80\x80\x80\xE0\0Q\rY \vB\x80\x80\x80\x80pZ\rA\xE8\xDE\0!\fX\v (8)\b"\vB\x80\x80\x80\x80\xF0~Z@ \v\xA7" (\0Aj6\0\v )@"\bB\x80\x80\x80\x80\xF0~T\r\v \b\xA7" (\0Aj6\0\vB\x80\x80\x80\x80\xE0\0!	  \v\x90"\x07B\x80\x80\x80\x80\xE0\0Q\rV \f\xA7"-\0A0q\r+B\x80\x80\x80\x80\xE0\0!\r@  \bA\ri"	B\x80\x80\x80\x80\xE0\0R@B\x80\x80\x80\x800!\f  	   A\0\x94"
B\x80\x80\x80\x80\xE0\0R\r\v \x07!	\fX\v  
 \x07\x95 
B\x80\x80\x80\x80pZ@ 
\xA7"\x1B \x1B/A\x80 r;\v  
A2 3,A A\xD4\0F@  
 Ak)\0\xE6A\0H\rT\fS\v  
 \xE7A\0N\rR\fS\v@@ Ak")\0"\x07B\x80\x80\x80\x80pT A\bk")\0"\bB\xFF\xFF\xFF\xFFVr\r\0 \x07\xA7"/AG\r\0 \b\xA7" ((O\r\0 ($ Atj)\0"\bB\x80\x80\x80\x80\xF0~T\r \b\xA7" (\0Aj6\0\f\v  6  \x07 \bP"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r=\v  \x07  \b7\0\fn\v@@@ Ak)\0"\x07B\x80\x80\x80\x80pT A\bk")\0"\bB\xFF\xFF\xFF\xFFVr\r\0 \x07\xA7"/AG\r\0 \b\xA7" ((O\r\0 ($ Atj)\0"\x07B\x80\x80\x80\x80\xF0~T\r \x07\xA7" (\0Aj6\0\f\v  6  \x07 \bP"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\v  \x077\0 !\fn\v B\x80\x80\x80\x8007\0\fs\v@@ Ak")\0"\bB\x80\x80\x80\x80pT A\bk")\0"\x07B\xFF\xFF\xFF\xFFVr\r\0 \b\xA7"/AG\r\0 \x07\xA7" ((O\r\0 ($ Atj)\0"\x07B\x80\x80\x80\x80\xF0~T\r \x07\xA7" (\0Aj6\0\f\v \x07B \x88\xA7A\bj"A\bMA\0A tA\x83q\x1BE@ \bB\x80\x80\x80\x80\x84B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ A\x98\x1BA\0\fu\v  6  \x07\x93"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\rt  )\0  \x077\0 )\0!\b\v  6 \x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \b \x07P"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\rs\v  \x077\0 A\bj!\fl\v  6  A\bk)\01"E\rq Ak")\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\rL@  \x07 K"A\0L@ A\0H\rOB\x80\x80\x80\x800!\x07 ((\x94"E\r -\0$Aq\rN\f\v  )\0"\x07  \x07A\0!\x07\v   \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\rq  \x077\0 A\bj!\fk\v  6  A\bk")\01"E\rp  Ak")\0  Ak")\0A\0!\x07   \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\rp  )\0  )\0  )\0  \x077\0\fj\v@ Ak")\0"\x07B\x80\x80\x80\x80pT Ak)\0"\bB\xFF\xFF\xFF\xFFVr\r\0 \x07\xA7"/AG\r\0@ ((" \b\xA7"M@  G\r /A\x80qA\x80G\r ("(,"@ -\0A\x80qE\r\v (")\0"	B\xFF\xFF\xFF\xFFV\r Aj" ( K\r 	\xA7 I@ -\x003A\bqE\r  \xAD7\0\v  6( ($ Atj A\bk)\x007\0\f\v  ($ Atj A\bk)\0!\v  )\0\fj\v  6  \x07 \b A\bk)\0A\x80\x80\xF8  )\0A\0N\ri\f7\v  6  Ak")\01"E\rn Ak")\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ ((\x94"@ -\0$Aq\rI\v )\xD0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077\0\v@  \x07 K"A\0J\r\0 A\0H\rI ((\x94"E\r\0 -\0$Aq\rH\v  )\0"\x07  A\bk)\0 \x07A\x80\x80\xA1    )\0  )\0A\0N\rh\f6\v  6 Ak")\0B\xFF\xFF\xFF\xFFoX\r\`  Ak")\01"E\rm  )\0  A\bk)\0 A k")\0A\x80\x80\xA1    )\0  )\0  )\0A\0N\rg\f5\v Ak)\0!\b Ak)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \b \x07 A\bk")\0A\x87\x80\xA0A\0N\rf\f4\v  6 Ak")\0"	B\x80\x80\x80\x80Z@ A\xFC\x84A\06\fl\v  A\bk")\0"\x07A\xE2 \x07A\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\rk \x07A7A\xA6!  \x07  )\0A\0\xC5"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\rk  \x07A\xEE\0 \x07A\0"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@  \x07\fl\v 	\xA7!@@ E\r\0 \bA8A\0\xA6E\r\0 )\0"	 A\xD0\0j A\x80j\x9FE\r\0  A\xF8\0j 	\xDB\rE (x (\x80G\r\0 Ak!A\0!@  (\x80O\r )\0!
 (P Atj)\0"	B\x80\x80\x80\x80\xF0~Z@ 	\xA7" (\0Aj6\0\v  
  	A\x07\xC4 Aj! Aj!A\0N\r\0\v\fE\v Ak!@  \x07 \b A\xF8\0j9"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\rE (x\r  )\0  	A\x07\xC4A\0H\rE Aj!\f\0\v\0\v  \xAD7\0  \x07  \b  )\0\fe\v -\0!  Aj"6   A\x7Fs"AtA\`rj)\0  AtA@rAxqj)\0  AvA\x7FsAtj)\0A\0\xE3E\rd\fj\v A\bk")\0"\x07B \x88"	\xA7" Ak")\0"\bB \x88"
\xA7"rE@ ~ \x07\xC4 \b\xC4|"\x07B\x80\x80\x80\x80\b|B\x80\x80\x80\x80Z@B\x80\x80\x80\x80\xE0~ \x07\xB9\xBD"\x07B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \x07B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\f\v \x07B\xFF\xFF\xFF\xFF\x83\v7\0\fd\v A\bkAnK A\bkAnKrE@ B\x80\x80\x80\x80\xE0~ \bB\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF \x07B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF\xA0\xBD"\x07B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \x07B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B7\0\fd\v 
B\xFB\xFF\xFF\xFF}B~T 	B\xFB\xFF\xFF\xFF}B~TrE@   \b \x07\x97"\x077\0 \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\rd\f2\v  6  \xE2E\rc\fi\v Aj!  -\0Atj")\0"\x07B \x88\xA7" A\bk")\0"\bB \x88"	\xA7"rE@ ~ \x07\xC4 \b\xC4|"\x07B\x80\x80\x80\x80\b|B\x80\x80\x80\x80Z@B\x80\x80\x80\x80\xE0~ \x07\xB9\xBD"\x07B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \x07B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\f\v \x07B\xFF\xFF\xFF\xFF\x83\v7\0\fc\v A\bkAnK A\bkAnKrE@ B\x80\x80\x80\x80\xE0~ \bB\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF \x07B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF\xA0\xBD"\x07B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \x07B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B7\0\fc\v 	B\xF9\xFF\xFF\xFFR \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FRrE@  6  \x07\xA7 \b\xE1@  \b\fd\v )\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x07 \b\x97"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r1   \x07!\fc\v  6 \x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \b7X  \x077P  1\xE2\r0   )P!\fb\v~ A\bk")\0"\x07B \x88\xA7" Ak")\0"\bB \x88\xA7"rE@ \b\xC4 \x07\xC4}"\x07B\x80\x80\x80\x80\b|B\x80\x80\x80\x80Z@B\x80\x80\x80\x80\xE0~ \x07\xB9\xBD"\x07B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \x07B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\f\v \x07B\xFF\xFF\xFF\xFF\x83\f\v A\bkAnK A\bkAnKr\rB\x80\x80\x80\x80\xE0~ \bB\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF \x07B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF\xA1\xBD"\x07B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \x07B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v!\x07  \x077\0\fa\v| A\bk")\0"\x07B \x88\xA7" Ak")\0"\bB \x88\xA7"rE@ \x07\xC4 \b\xC4~"	B\x80\x80\x80\x80\b|B\x80\x80\x80\x80Z@ 	\xB9\f\vD\0\0\0\0\0\0\0\x80 	PE \x07 \b\x84B\x80\x80\x80\x80\b\x83PrE\r  	B\xFF\xFF\xFF\xFF\x837\0\fb\v A\bkAnK A\bkAnKr\r \bB\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF \x07B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF\xA2\v!3 B\x80\x80\x80\x80\xE0~ 3\xBD"\x07B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \x07B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B7\0\f\`\v A\bk")\0"\x07 Ak")\0"\b\x84B\xFF\xFF\xFF\xFFV\r \b\xA7\xB7 \x07\xA7\xB7\xA3"3D\0\0\0\0\0\0\xE0\xC1f 3D\0\0\xC0\xFF\xFF\xFF\xDFAeqE@ 3\xBD!\x07\f<\v 3\xBD"\x07 3\xFC"\xB7\xBDR\r; \xAD\f<\v A\bk")\0"\x07 Ak")\0"\b\x84B\xFF\xFF\xFF\xFFV\r\0 \b\xA7"A\0H\r\0 \x07\xA7"A\0L\r\0   p\xAD7\0\f^\v  6B\0!	#\0A0k"$\0\x7F@@@~@~@~@|@@@A\b Ak")\0"\x07B \x88\xA7" A\bkAoI\x1B"A\bGA\b A\bk"2)\0"\bB \x88\xA7" A\bkAoI\x1B"A\bGrE@  \bB\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|7   \x07B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|7(\f\v@@ A\x07G A\x07GrE@ \b\xA7! \x07\xA7!~@@@@ A\x98k\0		\v \b\xC4 \x07\xC4~\f\v E A\x80\x80\x80\x80xF A\x7FFqr\r   m\xADB\x80\x80\x80\x80\xF0\0\x847\0\f\v E A\x80\x80\x80\x80xF A\x7FFqr\r   o\xADB\x80\x80\x80\x80\xF0\0\x847\0\f\v \x07\xC4 \b\xC4}\v"\x07B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@  \x07B\xFF\xFF\xFF\xFF\x83B\x80\x80\x80\x80\xF0\0\x847\0\f\v  \x07\x86"E\r  \xADB\x80\x80\x80\x80\xF0~\x847\0\f\r\v  \x07n"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\r  \bn"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \x07!\b\f\vA\b \x07B \x88\xA7" A\bkAoI\x1B"A\b \bB \x88\xA7" A\bkAoI\x1B"rE@ \b\xA7! \x07\xA7! ~@@@@@@@@ A\x98k\0\r\r\v \b\xC4 \x07\xC4~"\x07B\0R\r  rA\0N\r B\x80\x80\x80\x80\xE0\xFE\xFF7\0\f\v \xB7 \xB7\xA3"3D\0\0\0\0\0\0\xE0\xC1f 3D\0\0\xC0\xFF\xFF\xFF\xDFAeqE@ 3\xBD!\x07\f\v 3\xBD"\x07 3\xFC"\xB7\xBDR\r \xAD\f\v A\0J A\0NqE@ \xB7 \xB7\xA0"3D\0\0\0\0\0\0\xE0\xC1f 3D\0\0\xC0\xFF\xFF\xFF\xDFAeqE@ 3\xBD!\x07\f\v 3\xBD"\x07 3\xFC"\xB7\xBDR\r \xAD\f\v  p\xAD!\x07\f\v \xB7 \xB7\xA1"3D\0\0\0\0\0\0\xE0\xC1f 3D\0\0\xC0\xFF\xFF\xFF\xDFAeqE@ 3\xBD!\x07\f\r\v 3\xBD"\x07 3\xFC"\xB7\xBDR\r\f \xAD\f\r\v \x07\xC4 \b\xC4}!\x07\v \x07B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFV\r \x07!	\v 	B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \x07\xB9\xBD"\x07B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \x07B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v7\0\f\r\v A\x07G AwGq\r A\x07F\r\0 AwG\r\v \x07\xA7!\x1B \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xF0\0Q@  \x1B6 B\x80\x80\x80\x807 Aj!\x1B\v \b\xA7! \bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xF0\0Q@  6\b B\x80\x80\x80\x807\0 !\v@@@@@@@ A\x98k\0	\v  \x1B A\xD6!\f\v  \x1B \x85!\f\v  \x1B A\0\xCD!\f\v  \x1B A\xCD!\f\v Aj ("Atj(\0A\0H@A\0! A\x8E.A\02\f\v@ AG\r\0 (\b\r\0 A\xD7!\f\v@@ \x1B(",AG\r\0 \x1B(\b"AM@  \xD7!\f\v A\x7FF@ A (\bAtAqk\xD7!\f\v  Au"s k" Akq\r\0 AK\r (\b"A\0H\r \xAD gAs\xAD~"	B\x80\x80\xC0\0V\r  	\xA7"  Avq"\x1BkA!jAvY"E@A\0!\f\v A\bj! (At"@ A\0 \xFC\v\0\v  AvA\xFC\xFF\xFF\xFFqjA \x1BAtk t6\0\f\v AK\r\0A\0! (\b"$A\0H\r\0  ,Y"E\r \x1B(At"@ A\bj \x1BA\bj \xFC
\0\0\vA $gk!@ A\0H@ !\f\vA\0!   \x85"E\r (",Aj  ,(\0\0@ $ vAqE@ !\f\v   \x1B\x85"E\r ("Aj  (\0\0\v Ak!\f\0\v\0\vA\0! A\xFE\xFB\0A\02\f\v  \x1B A\0\xD6!\v  \x07  \b E\r\r   \xC27\0\f\v\v  A(j \x07h\r\v  A j \bh\r\f\v@@@@ A\x98k\0\v +( + \xA2\f\v +( + \xA3\f\v +( + \xA0\f\v +(!3 + "4\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0Z@D\0\0\0\0\0\0\xF8\x7F 3\x99D\0\0\0\0\0\0\xF0?a\r\v 3 4\xA1\f\v.\0\v +( + \xA1\v!3 B\x80\x80\x80\x80\xE0~ 3\xBD"\x07B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \x07B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B7\0\f\vB\x80\x80\x80\x80\xE0~ \x07B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} 3\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v!\x07  \x077\0\f\vB\x80\x80\x80\x80\xE0~ \x07B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} 3\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v!\x07  \x077\0\f\vB\x80\x80\x80\x80\xE0~ \x07B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} 3\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v!\x07  \x077\0\vA\0\f\v  \b\v B\x80\x80\x80\x8007\0 2B\x80\x80\x80\x8007\0A\x7F\v A0j$\0\rc A\bk!\f]\v A\bk")\0"\x07B \x88"\b\xA7A\bk! \bP AoIr\r\\ \x07B\xFF\xFF\xFF\xFF/X@  \x07B\xFF\xFF\xFF\xFF\x837\0\f]\v  6  A\x8B\xF7E\r\\\fb\v@|@ A\bk")\0"\x07B\x80\x80\x80\x80 Z@ \x07B \x88"\bBR\r\vD\0\0\0\0\0\0\0\x80 \x07\xA7"E\rD\0\0\0\0\0\0\xE0A A\x80\x80\x80\x80xF\r B\0 \x07}B\xFF\xFF\xFF\xFF\x837\0 !\f^\v \b\xA7A\bkAnK\r \x07B\x80\x80\x80\x80\xE0\xFE\xFF}\xBF\v!3 B\x80\x80\x80\x80\xE0~ 3\xBD"\x07B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \x07B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B7\0 !\f\\\v  6  A\x8A\xF7E\r[\fa\v A\bk")\0"\x07B\xFF\xFF\xFF\xFFV \x07B\xFF\xFF\xFF\xFF\x07QrE@  \x07B|B\xFF\xFF\xFF\xFF\x837\0\f[\v  6  A\x8D\xF7E\rZ\f\`\v A\bk")\0"\x07B\xFF\xFF\xFF\xFFV \x07B\x80\x80\x80\x80\bQrE@  \x07B}B\xFF\xFF\xFF\xFF\x837\0\fZ\v  6  A\x8C\xF7E\rY\f_\v@ A\bk)\0"\x07B\xFF\xFF\xFF\xFFV \x07B\xFF\xFF\xFF\xFF\x07QrE@  \x07B|B\xFF\xFF\xFF\xFF\x837\0\f\v  6  A\x8F\xE0\r_\v A\bj!\fX\v@ A\bk)\0"\x07B\xFF\xFF\xFF\xFFV \x07B\x80\x80\x80\x80\bQrE@  \x07B}B\xFF\xFF\xFF\xFF\x837\0\f\v  6  A\x8E\xE0\r^\v A\bj!\fW\v Aj!  -\0Atj")\0"\x07B\xFF\xFF\xFF\xFFV \x07B\xFF\xFF\xFF\xFF\x07QrE@  \x07B|B\xFF\xFF\xFF\xFF\x837\0\fW\v  6 \x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077P  .A\x8D\xF7\r\\   )P!\fV\v Aj!  -\0Atj")\0"\x07B\xFF\xFF\xFF\xFFV \x07B\x80\x80\x80\x80\bQrE@  \x07B}B\xFF\xFF\xFF\xFF\x837\0\fV\v  6 \x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077P  .A\x8C\xF7\r[   )P!\fU\v A\bk")\0"\x07B\xFF\xFF\xFF\xFFX@  \x07B\xFF\xFF\xFF\xFF\x857\0\fU\v  6#\0Ak"$\0\x7F@  A\bk")\0n"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@@ \x07B \x88"\bB\xF7\xFF\xFF\xFFR@ \b\xA7A\x07G\r  \x07B\xFF\xFF\xFF\xFF\x83B\xFF\xFF\xFF\xFF\xFF\0\x857\0A\0\f\v  \x07\xA7"(Y"E\r A\bj!\x1B A\bj!A\0!@ ( K@ \x1B At"$j  $j(\0A\x7Fs6\0 Aj!\f\v\v  \x07   \xC27\0A\0\f\v  A\fj \x07\x9E\r  5\fB\xFF\xFF\xFF\xFF\x857\0A\0\f\v  \x07\v B\x80\x80\x80\x8007\0A\x7F\v Aj$\0E\rT\fZ\v A\bk")\0"\x07 Ak")\0"\b\x84B\xFF\xFF\xFF\xFFX@  \b\xA7 \x07\xA7t\xAD7\0\fT\v  6  A\x9E\xCDE\rS\fY\v A\bk")\0"\x07 Ak")\0"\b\x84B\xFF\xFF\xFF\xFFX@ ~ \b\xA7 \x07\xA7v"A\0N@ \xAD\f\vB\x80\x80\x80\x80\xE0~ \xB8\xBD"\x07B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \x07B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v7\0\fS\v  6#\0Ak"$\0 A\bk")\0!\x07\x7F@@  Ak")\0n"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0  \x07n"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \b!\x07\f\v@ \bB \x88"	B\xF7\xFF\xFF\xFFQ 	\xA7A\x07Fr\r\0 \x07B \x88"	B\x07Q\r\0 	\xA7AwG\r\v A\x83\xA7A\0  \b\v  \x07 B\x80\x80\x80\x8007\0 B\x80\x80\x80\x8007\0A\x7F\f\v  A\fj \b\x9E  A\bj \x07\x9E ~ (\f (\bv"A\0N@ \xAD\f\vB\x80\x80\x80\x80\xE0~ \xB8\xBD"\x07B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \x07B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v7\0A\0\v Aj$\0E\rR\fX\v A\bk")\0"\x07 Ak")\0"\b\x84B\xFF\xFF\xFF\xFFX@  \b\xA7 \x07\xA7u\xAD7\0\fR\v  6  A\x9F\xCDE\rQ\fW\v A\bk")\0"\x07 Ak")\0"\b\x84B\xFF\xFF\xFF\xFFX@  \x07 \b\x837\0\fQ\v  6  A\xAB\xCDE\rP\fV\v A\bk")\0 Ak")\0\x84"\x07B\xFF\xFF\xFF\xFFX@  \x077\0\fP\v  6  A\xAD\xCDE\rO\fU\v A\bk")\0"\x07 Ak")\0"\b\x84B\xFF\xFF\xFF\xFFX@  \x07 \b\x857\0\fO\v  6  A\xAC\xCDE\rN\fT\v A\bk")\0"\x07 Ak")\0"\b\x84B\xFF\xFF\xFF\xFFX@  \b\xA7 \x07\xA7H\xADB\x80\x80\x80\x80\x847\0\fN\v  6  A\xA1\xA5E\rM\fS\v A\bk")\0"\x07 Ak")\0"\b\x84B\xFF\xFF\xFF\xFFX@  \b\xA7 \x07\xA7L\xADB\x80\x80\x80\x80\x847\0\fM\v  6  A\xA2\xA5E\rL\fR\v A\bk")\0"\x07 Ak")\0"\b\x84B\xFF\xFF\xFF\xFFX@  \b\xA7 \x07\xA7J\xADB\x80\x80\x80\x80\x847\0\fL\v  6  A\xA3\xA5E\rK\fQ\v A\bk")\0"\x07 Ak")\0"\b\x84B\xFF\xFF\xFF\xFFX@  \b\xA7 \x07\xA7N\xADB\x80\x80\x80\x80\x847\0\fK\v  6  A\xA4\xA5E\rJ\fP\v A\bk")\0"\x07 Ak")\0"\b\x84B\xFF\xFF\xFF\xFFX@  \x07 \bQ\xADB\x80\x80\x80\x80\x847\0\fJ\v  6  A\0\xDFE\rI\fO\v A\bk")\0"\x07 Ak")\0"\b\x84B\xFF\xFF\xFF\xFFX@  \x07 \bR\xADB\x80\x80\x80\x80\x847\0\fI\v  6  A\xDFE\rH\fN\v A\bk")\0"\x07 Ak")\0"\b\x84B\xFF\xFF\xFF\xFFX@  \x07 \bQ\xADB\x80\x80\x80\x80\x847\0\fH\v  6  A\0\xDE\fG\v A\bk")\0"\x07 Ak")\0"\b\x84B\xFF\xFF\xFF\xFFX@  \x07 \bR\xADB\x80\x80\x80\x80\x847\0\fG\v  6  A\xDE\fF\v  6 A\bk")\0"\x07B\xFF\xFF\xFF\xFFoX@ A\xA7\x86A\0\fL\v  Ak")\0"\b1"E\rK  \x07 K!   A\0H\rK  \b  \x07  A\0G\xADB\x80\x80\x80\x80\x847\0\fE\v  6 Ak")\0"\x07B\xFF\xFF\xFF\xFFoX@ A\xA7\x86A\0\fK\v A\bk")\0"\bB\x80\x80\x80\x80pZ@  \x07 \b\xEF"A\0N\r \fK\v  \b1"E\rJ \x07\xA7("A(j!  ( qA\x7FsAtj(\0!@@ \x7F  Atj"( G\r A\0GA\0\v!  \f!\v (\0A\xFF\xFF\xFFq!\f\0\v\0\vA\x8C\x9CA\xDF\x90A\xB8\x85A\xF08\0\0\v  (P6 A\x80j!\f3\v \0A\xB9\x8CA\0\fG\v A\bk")\0!\b\fC\vB!\x07\fA\vB\x80\x80\x80\x800!\x07\f@\vB!\x07\f?\vB!\x07\f>\v (!  6  A\x7Fs j6\0 A\x84" 6\fA\v A\bk)\0"\x07B\x80\x80\x80\x80\`\x83B\x80\x80\x80\x80 Q\r\f\v  A\bk)\0"\x07\x92A\x1BG\r\f\v  A\bk)\0"\x07\x92A\xC9\0G\r\v  \x07\f\v A\bk)\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80 Q\r\f\v A\bk)\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R\r\v A\bkB\x81\x80\x80\x807\0 !\f4\v  \x07 A\bkB\x80\x80\x80\x807\0\f3\v -\0	 (\0! (\0!  A
j"6  A\bk")\0"\x07 K"\x1BA\0H\r8 \x1BE\r@A\0!  \x07A\xEC \x07A\0"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r9 \bB\x80\x80\x80\x80pZ@   \b  \bA\0-!\v  \b A\0H\r9 \r\v@@ A\xF2\0k\0\v@  \x07 K"A\0L@ A\0H\r;B\x80\x80\x80\x800!\x07 ((\x94"E\r -\0$AqE\r\f	\v  \x07  \x07A\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r:\v   \x07! !\f\v@  \x07 K"A\0J\r\0 A\0H\r9 ((\x94"E\r\0 -\0$Aq\r\x07\v  \x07  Ak")\0 \x07A\x80\x80\xA1  )\0A\0N\r\v !\f7\v  \x07 A\0\xDA"A\0H\r6  )\0  A\0G\xADB\x80\x80\x80\x80\x847\0 !\f\v   W7\0 A\bj!\f\v  \x07 K"A\0H\r4@ E@B\x80\x80\x80\x800!\x07\f\v  \x07  \x07A\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r5\v  \x077\0 A\bj!\v  jAk!\f-\v  )\0 !\f,\v  \xD4\f1\v A\bk")\0"\x07B \x88\xA7A\bj"A\bMA\0A tA\x83q\x1B\r*  6  \x07\x93"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r0  )\0  \x077\0\f*\v A\bk")\0"\x07B\xFF\xFF\xFF\xFFoV\r)  6  \x07&"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r/  )\0  \x077\0\f)\v (\0!  Aj"6 (\xD8("A(j!   (qA\x7FsAtj(\0!@@ @   Atj"(F@A\0!\f (\0A\xFF\xFF\xFFq!\f\v\0\v\v  )\xD0 K"A\0H\r/ E@A!\f\v  )\xD0 A\0\xDA"A\0H\r/\v  A\0G\xADB\x80\x80\x80\x80\x847\0 A\bj!\f(\v  6 Ak")\0!\x07  A\bk")\0"\b1"E\r-  \x07 A\x80\x80\xDA!   A\0H\r-  \x07  \b  A\0G\xADB\x80\x80\x80\x80\x847\0\f'\v  A\bk")\0"\x07\x92!  \x07   37\0 !\f&\v  6  Ak")\0"\x07 A\bk")\0"\b\xDD"A\0H\r+  \x07  \b  A\0G\xADB\x80\x80\x80\x80\x847\0\f%\v  \x07  \b  A\0G\xADB\x80\x80\x80\x80\x847\0\f$\vB\x80\x80\x80\x80\xE0~ \x07B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} 3\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v!\x07  \x077\0\f"\v  \x07AD  \x07  \b\f'\v  \xD4\v  \f%\v  \xD4\v  \f#\v 
B\x80\x80\x80\x80\xF0~Z@ 
\xA7" (\0Aj6\0\v  \x07A\xC0\0 
A\x83\x80A\0H\r\0 \x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  
A? \x07A\x80\x80A\0H\r\0  \v  \b  
7\0  \x077\0 !\f\v \x07!	 
!\r\f\vB\x80\x80\x80\x800!\v\v  A\0\vB\x80\x80\x80\x800!\r\v  \b  \v  \f  	  \r B\x80\x80\x80\x8007\0 B\x80\x80\x80\x8007\0\f\v  6  \bA2 \x07A\0"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r )\0!\x07\v  \x07  \b7\0 !\f\v  6  \b  \x07A\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\v  \x077\0 A\bj!\f\v  6  \b  \x07A\0"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r )\0!\x07\v  \x07  \b7\0 !\f\v  )\0 B\x80\x80\x80\x8007\0 A\0H\r  \x07B\x80\x80\x80\x800!\x07\v  \b7\b  \x077\0 Aj!\f\v  (\x006\f\v  \x077\0 !\f\r\v  (\0 A"~"\r ! \x8D\v !\f\v  6\0   W7\b Aj!\f
\vB\x80\x80\x80\x800!\x07\v  \v (")\x88!	 B\x80\x80\x80\x80\xC0\x007\x88  	7x   )\x88B\x80\x80\x80\x800A A\xF8\0j  )x\v  \b  )\x80  )\x88  
  \x07  )\0  )\0  \f7\0\f\x07\v %\f\f\v A\x9D\xB6A\0\f\v\vA\0!@ (!  G@   Atj(\0\x8D Aj!\f\v\v Aj  (\0\0\v  \x07\v B\x80\x80\x80\x80\xE0\x007\0 A\bj!\f\b\v \x07\xA7" 6(  6$  \x077\0 A\bj!\f\v \x07\xA7" 6(  6$  \x077\0 A\bj!\f\0\v\0\v@ !)\x88"\x07B\x80\x80\x80\x80pT\r\0 \x07\xA7"/AG\r\0 ("A0j!  (A\x7FsAtA\x98~rj(\0!@@ E\r  Atj"A\bk! Ak(\0A9G@ (\0A\xFF\xFF\xFFq!\f\v\v \r\v  6  \x07A\0A\0A\0A\0\xDC\v@ !-\0\x90\r\0@ # "O\r  A\bk")\0"\x07 \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xD0\0R\r\0 \x07\xA7"\r\x07  Ak")\0  Ak)\0AD\f\0\v\0\vB\x80\x80\x80\x80\xE0\0!\x07B\x80\x80\x80\x80\xE0\0!\b -\0A0qE\r\v  6(  6\f\v /0@ !  \xDC\v~  "M~ \b  ")\0 "A\bj!"\f\v\v!\x07\v ! (\x006\x94\f\v !\vA!\f\v  !)\x887\0 !B\x80\x80\x80\x80\xC0\x007\x88 ( j!A\0!\f\0\v\0\v A\xA0j$\0 \x07\v?\x7F#\0A\xD0\0k"$\0  \x7F \0( Aj \x85A\xA1\xFB\0\v6\0 \0A\xFD\x87 \xD1 A\xD0\0j$\0\vI\x7F#\0"!@ Ak" A
n"A\xF6l jA0r:\0\0 A	K !\r\0\v  k"@ \0  \xFC
\0\0\v \v\x1B\0 \0(  \xF8"E@ \0\xC9\v \v\r\0 \0  A\0\xC6\v\x9C\x7F@\x7F@@ E B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FRrE@ \xA7" (\0Aj6\0 \0(\0( \xB3"A\0L\rA\f\v B\x80\x80\x80\x80\xF0~T\r \xA7!\v  (\0Aj6\0\v \0 \xEF"A\0H\rA\v! \0(4  \0(4A\x80j A\0\vA\x7F\v\x84\x7F \0A4j(\0"@ (\xBC! A\xB3 \0(4A\x80j A\xFF\xFFq  (\xCC" Atj(\0"\x006\xBC@@ \0A\0H@A\x7F!\0\f\v  \0Atj"("\0A\0N\r\0 (\0!\0\f\v\v  \x006\xC0\v\vu\0 A\xF1\0 A\xC5\0k A\xB5F\x1BA\xFFq  \0  @ (\0"A\0N\r\0  \xCB"6\0 A\0N\r\0 A6\f\v      (\0Aj  (\xD0Aj6\xD0\v\xF2,\x7F#\0A\x90k"$\0 \0(\0!\r@@@@@@@@@@@@@@@@@@@@@@@@@@@@@ \0(\b"A\x83\x7FG\r\0 \0(\r \0(,A\0cA:G@ \0(\b!\f\v \r \0( !	 \0(4A\xB0j!@@ (\0"E\r ( 	G\r\0\v \0A\xCC\xF6\0A\0\x1B\f\v \0\r \0A:+\r \0(\b"A\xC7\0jAI\r\0 \0:!  \0(4"(\xB06P  A\xD0\0j6\xB0 A\x7F6d B\xFF\xFF\xFF\xFF7\\  6X  	6T (\xBC! A:\0l  6hA\0! \0 AtAuA\0A -\0jAq\x1Bq\xE5\r \0 $ \0(4"\0 \0(\xB0(\x006\xB0\f\x1B\v@@@@@@@@@@@@@@ A\xD2\0j$%\x07\x07\b	\f\v$$\0\v A\x83\x7FF\r\f A;F\r	 A\xFB\0G\r \0\xEC\r%\f&\v \0(4"( @ \0A\xD8\xD5\0A\0\x1B\f%\v -\0iA\btA\x80F@ \0A\xF4\xE2\0A\0\x1B\f%\v \0(\f! \0\r$A\0!\x7FA\0 \0(\b"A;F\r\0A\0 A\xFD\0F\r\0A\0 \0( \r\0 \0\xA6\r%A\v! \0 b \0 \x8C \0\xBC\r$\f&\v \0(\f! \0\r# \0( @ \0A\xC5"A\0\x1B\f$\v \0\xA6\r# \0 b \0(4A0 \0\xBCE\r$\f#\v \0\r" \0q \0\xCF \0\x86\r" \0A\xE8\0A\x7F#! \0 \0(4-\0jA\x7FsAq"\xE5\r"@ \0(\bA\xAF\x7FG@ !\f\v \0A\xEA\0A\x7F#! \0\r# \0 $ \0 \xE5\r#\v \0 $\f\v \0:! \0:!  \0(4"(\xB06P  A\xD0\0j6\xB0 B\x80\x80\x80\x80p7\`  6\\  6X  	6T (\xBC! A\0:\0l  6h \0\r! \0\xCF \0 $ \0\x86\r! \0A\xE8\0 # \0\xAD\r! \0A\xEA\0 # \0 $ \0(4"\0 \0(\xB0(\x006\xB0\f"\v \0:! \0:! \0:!  \0(4"(\xB06P  A\xD0\0j6\xB0 B\x80\x80\x80\x80p7\`  6\\  6X  	6T (\xBC! A\0:\0l  6h \0\r  \0 $ \0\xCF \0\xAD\r  \0 $ \0A\xBA\x7F+\r  \0\x86\r  \0(\bA;F@ \0\r!\v \0A\xE9\0 # \0 $ \0(4"\0 \0(\xB0(\x006\xB0\f!\v \0\r \0\xCF A\x006@ \0(\b"AXG@A! A(G\r \0 AjA\0\xA7\f\v \0(4-\0hAqE@ \0A\xCC;A\0\x1B\f!\v \0\r  \0(4A6\xA0A\0!\v \0A(+\rA! -\0AqE@ \0(\0!\b \0(4"\v(\xBC! \0:! \0:! \0:! \0:! \0q  \0(4"(\xB06P  A\xD0\0j6\xB0 B\x81\x80\x80\x80p7\`  6\\  6X  	6T  6h  -\0lA\xFCq:\0l \0A\xEA\0A\x7F#! \0(4(\x84!
 \0 $ \0(\b!AQ!@@@@ \0A\xBE\0$\v AIF!\f AQF!  A\xB1\x7FFrE AIGq\r !\v \0\r" \0(\b"A\xFB\0F A\xDB\0Fr\r@ A\x83\x7FF@ \0(E\r\v \0A\xFC\x8AA\0\x1B\f#\v \b \0( !\x07 \0@ \0(\0 \x07\f#\v \0 \x07 \xAF@ \0(\0 \x07\f#\v \0(4A\xBBA\xBBA\xB7 \x1B \f\x1B \0 \x07 \0(4A\x80j \v/\xBC\f\v@ E\r\0 \0A\x89IE\r\0 \0(,A\0cAYG\r\0 \0A\xEC\xB9A\0\x1B\f"\v@@ \0(\bA rA\xFB\0G\r\0 \0 A@kA\0\xA7"AYG A\xB7\x7FGq\r\0 \0A\0A\0A (@AqAA\0\xD1A\0N\r\f#\v \0\xB1\r" \0 A\xC8\0j A\xC4\0j A\xCC\0j A<jA\0A\0A\xBB\x7F\xB9\r" \0 (H (D (L (<AA\0\xD0\v !\vA\0!\f\v \0(4(\xBC!\x07 \0q \0(\b"A;F\rAQ!@ \0A\xBE\0 \v A\xB1\x7FF AQFr\r "AIF\r \0A\0\xD4\r \0(4A\f\v \0\r@ \0( \r\0 \0(\bA\x83\x7FG\r\0 \0(\r\0 \0(!\v \0(4"A\xB0j! (\xBC! A\xBC\x7FF!\x07@@ (\0"@ \0  (\xAC (!@ \x07E@ (\f"A\x7FF\r E\r ( G\r\f\v (\b"A\x7FF\r\0 E@ -\0AqE\r\v ( F\r\vA\0! -\0Aq@ \0(4A\x82A!\v@  (NE@ \0(4A Aj!\f\v\v (A\x7FF\r \0(4A \0A\xEC\0 (# \0(4A\f\v\v E@ A\xBC\x7FF\r \0A\xB6\xD2\0A\0\x1B\f \v \0A\xC6\x84A\0\x1B\f\v \0A\xEA\0 #\f\v \0\r \0\xCF \0\x86\r \0q \0:!  \0(4"(\xB06P  A\xD0\0j6\xB0A\x7F! A\x7F6d B\xFF\xFF\xFF\xFF7\\  6X  	6T (\xBC! A\0:\0l  6h \0A\xFB\0+\rA\x7F!@ A\0H!@@@@ \0(\b"A\xC1\0j\0\v \x7FA\x7F \0A\xEA\0A\x7F#\v! \0 $@ \0\r" \0(4A \0\xA6\r" \0A:+\r" \0(4A\xA9 \0(\bA\xBF\x7FF@ \0A\xE9\0 #!\f\v\v \0A\xE8\0A\x7F#! \0 $\f\v \0\r  \0A:+\r  A\0N@A\xFE/!\f\v A\0H@ \0A\xEA\0A\x7F#!\v \0(4A\xB4 \0(4A\x80jA\0 \0(4(\x84Ak!\f\v A\xFD\0G@ @A\xE7.!\f\v \0A\x07\xE5E\r\f \v\v\v \0A\xFD\0+\r@ A\0N@ \0(4"(\x80 j 6\0\0 (\xA4 Alj Aj6\f\v \0 $\v \0 $ \0(4A \0(4" (\xB0(\x006\xB0\f\v \0\xCF \0\r \0:! \0:! \0:! \0:! \0A\xEB\0 #  \0(4"(\xB06P  A\xD0\0j6\xB0 B\xFF\xFF\xFF\xFF7\\ B\x80\x80\x80\x80p7T (\xBC! A\0:\0l  6h  6d \0\xEC\r \0(4" (\xB0(\x006\xB0 \xF2@ A \0(4A \0A\xEC\0 # \0(4A \0A\xEA\0 #\v@@@ \0(\bA=j\0\v \0\r \0q \0 $ \0(\bA\xFB\0F@ \0(4A\f\v \0A(+\r \0(\b"A\xFB\0F A\xDB\0Fr\r@ A\x83\x7FF@ \0(E\r\v \0A\x91\x8AA\0\x1B\f\v \r \0( !@ \0E@ \0 AC\xAFA\0N\r\v \r \f\v \0(4A\xB7 \0(4A\x80j  \0(4"A\x80j /\xBC\f\v \0A\xD3A\0\x1B\f\v \0AQA\0AA\x7FAA\0\xD1A\0N\r\f\v \0E\r\f\x1B\v \0(4-\0jAq@ \0A\xDE\xE3\0A\0\x1B\f\x1B\v \0\r \0\x86\r \0q \0 \0(4A\xD8\0A\0\xA8"A\0H\r \0(4A\xEF\0 \0(4A\xD6\0 \0(4A\x80j A\xFF\xFFq \0\xCF \0\xAD\r\f\v AqE\r AK\r
 \0(,A\0cA*F\r\f
\v \0(E\r\v \0\xE6\f\vAQ!@ \0 \xBE\0\v \0A\x89IE\r \0(,AcAEG\r AK\r\x07\v \0A\x89$A\0\x1B\f\v AM@ \0A\xCD#A\0\x1B\f\vA\x7F!A\0! \0A\0A\0\xF9E\r\f\v \0\r \0\xBCE\r\f\v  \0(\0( A\xD0\0j \0(\x856 \0A\xFD\xC2\0 Aj\x1B\f\v \0 \0(\fb \0\xA6\r@ \0(4"(\xA4A\0N@ A\xD6\0 \0(4"A\x80j /\xA4\f\v A\v \0\xBCE\r\f\v \0A\xBB\xE6\0A\0\x1B\f\vA! \0 A\0AA\x7FA\0A\0\xD1A\0N\r\v\f\vA\0! \0AA\0 \0(\f\xD2\r\f\v \0A)+\r\r\v \0A\xEB\0 # \0q  \0(4"(\xB06P  A\xD0\0j6\xB0 B\xFF\xFF\xFF\xFF7\\ B\x80\x80\x80\x80p7T  (\xBC6h  -\0lA\xFCq:\0l  6d \0\xEC\r\f \0(4" (\xB0(\x006\xB0 \0\xE3 \0\xE3 \0(4"\xF2@ A \0(4A \0A\xEC\0 # \0(4A \0A\xEA\0 #\v !\v \0 $ \0A\xEC\0 # \0(4A0 \0 $@ \0(\bADG@ \0(4!\f\v \0\r\f  \0(4"(\xB06P  A\xD0\0j6\xB0 A\x7F6d B\xFF\xFF\xFF\xFF/7\\ B\x80\x80\x80\x80p7T  (\xBC6h  -\0lA\xFCq:\0lA\0! (\xA4A\0N@ \0(\0 A\xD5\0S"A\0H\r\r \0(4A\xD5\0 \0(4"A\x80j /\xA4 \0(4A\xD6\0 \0(4A\x80j A\xFF\xFFq \0\xCF\v \0\xEC\r\f \0(4"(\xA4A\0N@ A\xD5\0 \0(4A\x80j A\xFF\xFFq \0(4A\xD6\0 \0(4"A\x80j /\xA4 \0(4!\v  (\xB0(\x006\xB0\v A\xED\0 \0 $\f\f\v \0 A\0\x1B\f
\v \0A\xEA\0 # E\r\0 \0\r	\v \0\xBCE\r	\f\b\v !\v \0\r \0A\0 A\0\xCE\r\v \0 \0(4(\xBC \x07\xAC\v \0A;+\r \0:! \0:! \0:! \0:!  \0(4"(\xB06  Aj6\xB0 B\x80\x80\x80\x80p7,  6(  6$  	6  (\xBC! A\0:\x008  64 ! \0(\bA;G@ \0 $ \0\xA6\r \0A\xE8\0 # !\v \0A;+\r@ \0(\bA)F@  6(A\0! !\f\v \0A\xEA\0 # \0(4(\x84! \0 $ \0\xA6\r \0(4A  F\r\0 \0A\xEA\0 #\v \0A)+\r \0(4(\x84!
 \0 $ \0\xAD\r \0 \0(4(\xBC \x07\xAC@  F  FrE@ \0(4"(\x84 A\x80j"\b 
 k"\xCB \b (\x80 j \` @ (\x80 jA\xB1 \xFC\v\0\v \0(4" (\x84Ak6\x98  (\xAC"  H\x1B!\b k!\x07@  \bF\r (\xA4 Alj"\v(" H  
NrE@ \v  \x07j6\v Aj!\f\0\v\0\v \0A\xEA\0 #\v \0 $ \0(4" (\xB0(\x006\xB0\f\v \0A\xEA\0 # \0(4(\x84!\f \0 $@ \0(\b"A=G\r\0@ \0E@ \0A\0\xBAE\r\v \b \x07\f\v \x07E\r\0 \0(4A\xB7 \0 \x07 \0(4A\x80j \v/\xBC\v \b \x07@@@ \0A\xC7\0I"\x07@  -\0lAr:\0l  (\`Aj6\`A\xB4\xEA\0!\b A=F\r\f\v \0(\bA\xB7\x7FG\r E@ \0A\xC2\xB9A\0\x1B\f\x07\v A=G\rA\xFF\xDB\0!\b A\xB1\x7FG\r\0  \v-\0jrAqE\r\v  \b6\0 \0A\xEC\xC6\0 \x1B\f\v \0A\xD8\xD9\0A\0\x1B\f\v \0\r@ \x07@ \0RE\r\f\v \0\xA6\r\v \0 \0(4(\xBC \xAC \0(4A\xFB\0A\xFC\0 \x1BA\xFA\0 \x07\x1B \0A\xEA\0 # \0A)+\r \0(4"(\x84 A\x80j" \f 
k"\xCB  (\x80 
j \` @ (\x80 
jA\xB1 \xFC\v\0\v \0(4" (\x84Ak6\x98  (\xAC"  H\x1B!\v 
k!\b !@  \vG@ (\xA4 Alj"(" 
H  \fNrE@   \bj6\v Aj!\f\v\v \0 $ \0\xAD\r \0 \0(4(\xBC \xAC \0 $ \0(4!\x7F \x07@ E@ A\xFF\0 \0(4A\x89 \0(4A\x81A\x82\f\v A\xFE\0 \0(4A\x80jA\0A\x82\f\v A\xFD\0A\v! \0A\xE8\0 # \0(4A \0 $ \0(4  \0(4" (\xB0(\x006\xB0\v \0\xE3\f\v AK\r\0 \0A\xC8$A\0\x1B\f\v \0\r\0A\0! \0A A\0\xCE\r\0 \0\xBCE\r\vA\x7F!\f\vA\0!\v \r 	 !\v A\x90j$\0 \v:\x7F#\0A\xD0\0k"$\0  \0(\0( Aj \0(\x856\0 \0A\xCC\xCB\0 \x1B A\xD0\0j$\0\v\xBE\x7F#\0A\xD0\0k"$\0 \0(\0!@  \xB4@  ( Aj \x856\0 \0A\xB0\xB7 \x1BA\0!\0\f\vA\0!\0  A(jA A0j (,AjT\r\0  (,"\0Aj6, (( \0Alj"\0A\x006 \0B\x007\b \0B\x007\0 \0   6\f   ! \0 6\b \0 6\v A\xD0\0j$\0 \0\v\x85\x7F \0(\0"Aj!A\b!@@@ -\0\0"\x07A0k"A\bO@A~!@@@@@@@ \x07A\xEE\0k\v




\0\v@ \x07A\xE2\0k	


\0
\vA\f!\f\b\vA
!\f\x07\vA\r!\f\vA	!\f\vA\v!\f\vA\x7F! -\0\0\xEB"A\0H\r -\0\xEB"A\0H\r Aj!  Atr!\f\v@@ @ -\0\0A\xFB\0F\r\v Aj!A\0!A\0!\f\v Aj! -\0!A\0!@ !A\x7F! \xEB"A\0H\r  Atr"A\xFF\xFF\xC3\0K\r Aj"-\0\0"A\xFD\0G\r\0\v Aj!\f\v@@ AF\r -\0\0\xEB"\x07A\0N@ Aj! Aj! \x07 Atr!\f\v\vA\x7F\v AG A\x80xqA\x80\xB0Gr\r -\0\0A\xDC\0G\r -\0A\xF5\0G\rA\0!A\0!@ AG@  j-\0\xEB"A\0H\r Aj!  Atr!\f\v\v A\x80xqA\x80\xB8G\r A\vj! A
t jA\x80\xB8\xFFk!\f\v AF@A\x7F! \rA\0! -\0\0A:kA\xFFqA\xF6I\r\f\v -\0\0A0k"A\x07K@ !\f\v Aj!  Atr"AK\r -\0A0k"A\x07K\r Aj!  Atr!\f\v !\v \0 6\0 !\v \v\v\0 \0A\xF1A\04\v\0 \0 A\xFFq \0 A\xFFq\v\r\0 \0AA\x7FA\x8F\v\x92\x7F \0Aj! (\0"Aj!@ \0("A\0H@  Atj/\0"\0A\x80\xF8qA\x80\xB0G  A\xFF\xFF\xFF\xFF\x07qNr\r  Atj/\0"A\x80\xF8qA\x80\xB8G\r Aj! \0A
t jA\x80\xB8\xFFk!\0\f\v  j-\0\0!\0\v  6\0 \0\v\xE4~\x7F|#\0Ak"
$\0\x7F@@@@ B\x80\x80\x80\x80pT\r\0 \xA7"	/A$G\r\0 	( "	E\r\0 	5\f!\x07\f\v@ \0 A1 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 
A\bj hA\0H\r\0 
+\b"\v\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x81\x80\x80\x80\x80\x80\x80\xF8\xFF\0Z@ \0A\x8A\xCF\0A\0\f\v \vD\0\0\0\0\0\0\xE0\xC3cE@B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0!\x07 \vD\0\0\0\0\0\0\xE0Cf\r \v\xFC"\x07B\0Y\r\v \0A\xC4\xEE\0A\02\vB\x80\x80\x80\x800!\f\v \0 A\xE7\0 A\0"B\x80\x80\x80\x80p\x83"\bB\x80\x80\x80\x80\xE0\0Q\r\0B\x80\x80\x80\x800! \bB\x80\x80\x80\x800Q@ \0A\xA7\x8CA\0\f\v \0 0E@ \0A\xA7\xD5\0A\0\f\v \0 A0 A\0"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80\xE0\0Q\r B\x80\x80\x80\x800Q@ \0A\x94\x8CA\0\f\vA\0 \0 0\r \0A\x8F\xD5\0A\0\f\vB\x80\x80\x80\x800!\v \0  \0 B\x80\x80\x80\x800!B\0!\x07B\x80\x80\x80\x800!A\x7F\v  \x077\0  7\0  7\0 
Aj$\0\v\xE2\x7F A\0G!@@@ \0AqE Er\r\0 A\xFFq!@ \0-\0\0 F\r Ak"A\0G! \0Aj"\0AqE\r \r\0\v\v E\r A\xFFq" \0-\0\0F AIrE@ A\x81\x82\x84\bl!@A\x80\x82\x84\b \0(\0 s"k rA\x80\x81\x82\x84xqA\x80\x81\x82\x84xG\r \0Aj!\0 Ak"AK\r\0\v\v E\r\v A\xFFq!@  \0-\0\0F@ \0\v \0Aj!\0 Ak"\r\0\v\vA\0\va\0 \0  B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX~ B\xFF\xFF\xFF\xFF\x83B\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v  A\x07r\xA0\v*\x7F B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0  \xA4\v\xA6~\x7F#\0Ak"$\0@ B\xFF\xFF\xFF\xFFoX@ \0%B\x80\x80\x80\x80\xE0\0!\f\v@ \r\0 )\0"B\x80\x80\x80\x80pT\r\0 \xA7"/A3G\r\0 ( E\r\0 \0 A\xC0\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0  E \0 E\r\0 )\0"B\x80\x80\x80\x80\xF0~T\r \xA7"\0 \0(\0Aj6\0\f\v \0  \xF6"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@ \0  Atj)\0B\x80\x80\x80\x800A ! \0 )\0 \0 )\b B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0 \f\v \0 \v !\v Aj$\0 \vN\x7F \0 \xA7A\0 B\xFF\xFF\xFF\xFFoV\x1BAAA  Akgkt AH"\x1BA  \x1B\xBA"E@B\x80\x80\x80\x80\xE0\0\v \0  A\0\xFE\v\xC3\x07\x7F~#\0A\xE0k"$\0 \xA7"(!\x7F B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FQ@ Av!\b A\xFF\xFF\xFF\xFF\x07q!A\0\f\v -\0\b!\b -\0	\v! \xA7"\x07(!@ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FQ@ Av!\x07 A\xFF\xFF\xFF\xFF\x07q!\f\v  \x07-\0	"	  	K\x1B! \x07-\0\b!\x07\v@@@@  j"A\x80\x80\x80\x80O@ \0A\x91\xE7\0A\06\f\v \0A '"E\r\0  7  7  \x07 \br:\0\b  6 A6\0  Aj":\0	 \xADB\x80\x80\x80\x80\xA0\x7F\x84! A\xFFqA=I@ !\f\vA\0!@ A,FE@  AtjB\x80\x80\x80\x80 7\0 Aj!\f\v\v@ \0  \xBE\r\0A\0!B\x80\x80\x80\x80 !@ A,G@@  Atj")\0"
B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80 Q\r\0 B\x80\x80\x80\x80 7\0 B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80 Q@ 
!\f\v \0 
 \xF3"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\v Aj!\f\v\v B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80 R\r \0A/3!\f\vA\0!@ A,F\r \0  Atj)\0 Aj!\f\0\v\0\v \0 \vB\x80\x80\x80\x80\xE0\0!\v \0 \v A\xE0j$\0 \vA\0 \0  A\0A\0"B\xFF\xFF\xFF\xFFoV B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0QrE@ \0  \0%B\x80\x80\x80\x80\xE0\0\v \v9\x7F \0A\xFF\xFFq"A\x80\xF8O\x7F \0A\x80\x80\xFE\0r \v\xADB*\x86 \0Av\xADB?\x86\x84\xBFD\0\0\0\0\0\0\xF0~\xA2\v\xEE\x7F~#\0A k"$\0 B\x80\x80\x80\x8007 B\x80\x80\x80\x8007  \0A?AA\0A Ajo"\x077\bB\x80\x80\x80\x80\xE0\0!\b \x07B\x80\x80\x80\x80\xE0\0R@@ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0 A\0 A\bj\xAF!\f\v \0 A A\bj\xAF! )\b!\x07\v \0~ \0 B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R~\x7FA\0 \x07B\x80\x80\x80\x80pT\r\0A\0 \x07\xA7"/AG\r\0 ( \vA\bj!@ AF@A\0!@ AG@  At"j)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7"\0 \0(\0Aj6\0\v  j \x077\0 Aj!\f\v\v !\b )\b\f\v At! Aj! \0  j)\0OE\r\0\v )\b \x07\v \v\v A j$\0 \b\v\xD5~\x7F|#\0A k"$\0@~@ A\bk"\b)\0"B \x88\xA7A\bkAoI\r\0A\x7F!B\x80\x80\x80\x800! \0 n"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\x7F B \x88"B\xF7\xFF\xFF\xFFR@ \xA7"\x07A\x07G@ \x07\r \xC4!@@@ A\x8Bk\0\0\v  AtA\x99k\xAC|!\f\v B \x86P@A\0!B\x80\x80\x80\x80\xE0\xFE\xFF!\f\x07\vB\0 }!\v B\xFF\xFF\xFF\xFF\x83 B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX\rB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\f\v B \x86!@@@@@@ A\x8Bk\0\v B\x80\x80\x80\x80\xF0\xFF\xFF\xFF\xFF\0Q\r B|B\xFF\xFF\xFF\xFF\x83B\x80\x80\x80\x80\xF0\0\x84\f\b\v B\x80\x80\x80\x80\x80\x80\x80\x80\x80\x7FQ\r B}B\xFF\xFF\xFF\xFF\x83B\x80\x80\x80\x80\xF0\0\x84\f\x07\v B\x80\x80\x80\x80\x80\x80\x80\x80\x80\x7FR\r\v  > B\x80\x80\x80\x807 Aj\f\vB\0 }B\xFF\xFF\xFF\xFF\x83B\x80\x80\x80\x80\xF0\0\x84\f\v \0A\xB2\xAFA\0\f\v \xA7\v!\x07\x7F@@@ A\xFFqA\x8Bk\0\v \0A\xB2\xAFA\0 \0 \f\v B\x80\x80\x80\x807\0  AtA\x99k6\b \0 \x07 A\0\xD6\f\v \0 \x07\x9B\v! \0  E\rA\0! \0 \xC2!\f\v B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF!	@@@ A\x8Bk\0\0\v AtA\x99k\xB7 	\xA0!	\f\v 	\x9A!	\vB\x80\x80\x80\x80\xE0~ 	\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v!A\0!\v \b 7\0 A j$\0 \v\xE6\x7F#\0A k"\x07$\0@@@@ B\x80\x80\x80\x80pT B\xFF\xFF\xFF\xFFVr\r\0 \xA7!@@@@@@@@@@@ \xA7"/Ak\0\v\v\v\v\v\v\v\v\v\v\v\v\v\v\v\v\x07\x07\b	
\v\v  (("\bO@  \bG\r\v /A\x80qA\x80G\r\v ((,"@ -\0A\x80qE\r\f\v \0   \x8C!\f\v \0 ($ Atj !\f\v\v (( M\r	 \0 ($ Atj !\f
\v (( M\r\b \0 ($ Atj(\0( !\f	\v \0 \x07Aj \xCE\r	A! (( M\r
 ($ j \x07(:\0\0\f
\v \0 \x07Aj \x9E\r\bA! (( M\r	 ($ j \x07(:\0\0\f	\v \0 \x07Aj \x9E\r\x07 (( M\rA! ($ Atj \x07(;\0\f\b\v \0 \x07Aj \x9E\rA! (( M\r\x07 ($ Atj \x07(6\0\f\x07\v \0 \x07A\bj \x8B\r (( M\r ($ Atj \x07)\b7\0\f\v \0 \x07Aj h\r (( M\rA! ($ Atj \x07+\xCA;\0\f\v \0 \x07Aj h\rA! (( M\r ($ Atj \x07+\xB68\0\f\v \0 \x07Aj h\rA! (( M\r ($ Atj \x07+9\0\f\v \0 1! \0  E@ \0 \f\v \0     \xA1! \0 \f\vA!\f\vA\x7F!\v \x07A j$\0 \v@\0 \0\x7F @ ($ Atj(\f\vA\0 ( "E\r\0  A\flj /(A\flj(\0\v\xDE\v\xAF\x7F~#\0Ak"$\0  6\fA\x7F!@ \0  A\fj\xD8\r\0 (\0"A|q   ( Aq"At(\xDC\xE2\0!\x07 (\0\xFC (\f" (\0A\xFF\xFF\xFF\xFFq6\0 B\x80\x80\x80\x8007\0 \x07B\x80\x80\x80\x80p\x83"\bB\x80\x80\x80\x80\xE0\0Q\r\0@ AG \bB\x80\x80\x80\x80\x90\x7FRrE@  (\0A\x80\x80\x80\x80xr6\0  \x07\xA7"\x006\0 \0 \0(\0Aj6\0\f\v /A1F@ \0A\0\xC7"\0E\r  (\0A\x80\x80\x80\x80xr6\0  \x006\0 \0 \x077 \0 (\0A\x80\x80\x80\xC0\0qE:\0\x07\f\v  \x077\0\vA\0!\v Aj$\0 \v\0 \0  (\xF3\v{\x7F  (\0Ak"6\0@ \r\0 \0-\0hAF\r\0 (\b" (\f"6  6\0 A\x006\f \0(\\! \0 A\bj"6\\  6\f  \0A\xD8\0j6\b  6\0 \0-\0h\r\0 \0\xA5\v\v\x86\x7F#\0A\x90k"$\0  6\x8C@ A\x80  \xDD"A\0H\r\0 A\xFF\0M@ \0  \`\f\v \0 Aj\xCB\r\0  6\x8C \0(" \0(\0j \0(\b k  \xDD \0 \0( j6\v A\x90j$\0\v\x83\x7F \0("(A0j (lK@ A\xDB  ("Av j6l\v@ \0A0'"@  ; A\x006  A\x006  6  /A\xFF\0qA\x80r;  \0 (At'"6 \r \0("Aj  (\0\0\v@ E\r\0 A0j!A\0!@  ( N\r \0(  Atj (\0Av\xB0 Aj! A\bj!\f\0\v\0\v \0( \x9CB\x80\x80\x80\x80\xE0\0\v@@@@@@@@@ Ak1\b\0\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\v A\x006( B\x007   /A\x80r; \r\x07 \0($ G\x7F \0 A2A
~ \vB\x007\0\f\x07\v B\x80\x80\x80\x8007\0\f\v B\x007$  /A\x80r;\f\v B\x007$\f\v B\x007 \f\v B\x80\x80\x80\x8007 \f\v B\x80\x80\x80\x8007 \v \0((D Alj(E\r\0  /A\x80\br;\v A6\0 \0(!\0  -\0A\xE0q:\0 \0(P" A\bj"6  \0A\xD0\0j6\f  6\b \0 6P@ E\r\0A\0!\0@ \0 ( N\r \0At" (j  j)\x007\0 \0Aj!\0\f\0\v\0\v \xADB\x80\x80\x80\x80p\x84\v-\x7FA!@@@ \0A\rk\0\v \0A6F\r\v \0A:F!\v \v\x89	\x7F~#\0A k"$\0@ )P"\vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@B\x80\x80\x80\x80\xE0\0!\f \0A\v\x88"\vB\x80\x80\x80\x80\xE0\0Q\r B\x007 B\x007 B\x007\b \0 A\bj A\0\xB5! \0("Aj (\b (\0\0@@ @ (!\f\v \v\xA7!\b ("	A\0 	A\0J\x1B!
 (!@@  
G@@@  A\flj"(\b"@  6\0\f\vA\0!\x07@ \0  Aj  (\0\x95"\0\v (!\v (\fA\x81F@A!\x07\f\v@ ("\x07@  \x076\b\f\vA!\x07  (\0(X($ (\0Atj(\0"6\b E\r\vA!\x07\v  \x076 Aj!\f\v\v  	A\fA/ \0\xD9A\0!@  
F\r@@@  A\flj"(Ak\0\v (\b! \0 \b (\0A&~"E\r  (\0Aj6\0  6\0\f\v \0 \v (\0A A\xA3A\0H\r\v Aj!\f\0\v\0\v \0   (\0\x94\v \0("Aj  (\0\0 \0 \v\f\v \0("Aj  (\0\0 \0 \vA\xE8 \0A\x823A\0 \b \b/A\xFF\xFDq;  \v7P\v \vB\x80\x80\x80\x80\xF0~Z@ \v\xA7"\0 \0(\0Aj6\0\v \v!\f\v A j$\0 \f\v\x8B\x07\x7F AtA\xA0\xCBj(\0" AtA\x90\xCDj/\0j!\bA\0!@@  \bO\r Aj!@@ -\0\0"A?M@  AvjAj! @ \0  p\r\v As! A\x07q jAj!\f\v\x7F  jA\xFF\0k \xC0A\0H\r\0 -\0\0! A\xDF\0M@ Aj!  A\btj jA\xFF\xFF\0k\f\v Aj! -\0  Atj A\btjjA\xFF\xFF\xFFk\v! !\v @ \0  p\r\v As! ! !\f\v\vA\x7F!\x07\v \x07\v\xB2\x7F@@@@@\x7F  \x07L"	  LrE@  \x07Atj(\0"\b  Atj(\0"	I@ \b\f\v \b 	G\r Aj! \x07Aj!\x07 \b!	\f\v 	\r  \x07Atj(\0\v!	 \x07Aj!\x07\f\v  L\r  Atj(\0!	\v Aj!\v\x7F@@@@@ \0\v  \x07qAq\f\v  \x07sAq\f\v A\x7Fs \x07qAq\f\v.\0\v  \x07rAq\v \0(\0"\bAqF\r \0( \bL@ \0 \bAj\xA3@A\x7F\v \0(\0!\b\v \0 \bAj6\0 \0(\b \bAtj 	6\0\f\v\v \0\x9CA\0\v_\x7FA\x7F! \0 \0(\0"Aj"\xA3\x7FA\x7F At"@ \0(\b"Aj  \xFC
\0\0\v \0(\b"A\x006\0  jA\x7F6 \0 6\0 \0\x9CA\0\v\vX\x7F\x7FA\0 \0( A\x80\x80\x80\bI\r\0A\x7F \0(\0 \0A$jA \0A,j \0((AjT\r\0 \0 \0(("Aj6( \0($ Atj 6\0A\0\v\v\xC8
\x7F~#\0Ak"$\0@@@@@@@@@@@@ \0(\b"A\xCD\0j\0\v A\xEC\0jAI\r@ A+k\0\v AXF\r A\xFE\0F\r\0 A!G\r\v \0(\f!A\x7F! \0\r	 \0A\b\x85\r	@@@@@@ A+k\0\v A\xB4\x7FF\r A!F\r A\xFE\0G\r \0 b \0(4A\x93\f\r\v \0 b \0(4A\x8A\f\f\v \0 b \0(4A\x8B\f\v\v \0(4A\x94\f
\v \0A4j(\0A \0(4A\f	\v.\0\v \0(\f! \0\r \0A\0\x85\r \0 A\fj A\bj  AjA\0A \xB9\r \0 b \0(4 A\bkA\xFFq \0 (\f (\b (\0 (AA\0\xD0\f\vA\x7F! \0\r\x07 \0A\b\x85\r\x07 \0"A4j(\0"\0\x98A\xB6F\x7F \0(\x80 \0(\x98jA\xB5:\0\0 (4 \0\vA\x95\f\v \0(4!A\x7F! \0\r \0A\b\x85\r@@@@@@@@ \x98"A\xBDk\x07\x07\x07\0\v@ A\xC3\0k\x07\x07\x07\0\v A\xB6F\r A=G\r\v (\x98! (\x80!\x07A\x7F! A\xC1F@  \x07j(\0!\v  \x07j(\0!  6\x84 \0 \0(\0 W"\bA\xE2 \0(\0 \b \0(\0 \r\f \0A4j(\0A\x96A\0! A\0N@ \0A\xEA\0A\x7F#! \0 $ \0(4A \0(4A
 \0 $\v A\x7F6\x98\f\f\v (\x98! A\x7F6\x98  6\x84 \0(4A\x96\f
\v (\x98" (\x80j(\0!  6\x84 \0A4j(\0A\x96 \0A\xEA\0A\x7F#! \0 $ \0(4A \0(4A
 \0 $ A\x7F6\x98\f	\v (\x80 (\x98j"(\0"A\bF A\xF5\0Fr\r -\0jAq@ \0A\x81\xFD\0A\0\x1B\f
\v A\xB8:\0\0\f\b\v \0A\x96\x87A\0\x1B\f\b\v (\x98! A\x7F6\x98  6\x84 \0A4j(\0A1A\0! \0A\0 \0(4A\x80jA\f\x07\v \0A4j(\0A \0(4A
\f\v \0(4"-\0hAqE@ \0A\xF0\x82A\0\x1B\f\v (dE@ \0A\x88\xD7\0A\0\x1B\f\vA\x7F! \0\r \0A\b\x85\r \0(4"\0A6\xA0 \0A\x89\f\vA\x7F! \0A\xD1\r \0( \r\0 \0(\b"A~qA\x94\x7FG\r\0 \0(\f! \0 A\fj A\bj  AjA\0A \xB9\r \0 b \0(4 AkA\xFFq \0 (\f (\b (\0 (AA\0\xD0 \0\r\vA\0! AI\r \0(\bA\xA3\x7FG\r A\bI\r \0(\0A\xD8\xBAA\0\x95\vA\x7F!\f\v \0(\f!A\x7F! \0\r \0A\x85\r \0 b \0(4A\x9D\vA\0!\v Aj$\0 \v)\x7FA\x7F!@ \0A(+\r\0 \0\xA6\r\0A\x7FA\0 \0A)+\x1B!\v \vG\x7F \0(x!@@ A\0J@ \0(p Ak"Alj"(\0 G\r (\r\f\v\v \0 \xD8!\v \v\0 \0A\xDB\0A\xD5\0 \x1B \0 A\xFF\xFFq\v5\x7F \0(\0"@ \0( A\0 \0(\0\v \0B\x007 \0B\x007\b \0B\x007\0\v\x8B\r\x7F#\0Ak"$\0 \0(4! \0(\0!
@@@@ AK\r\0@ \r\0A\0! \0A\x89IE\r\0 \0(,AcA
F\r\0 \0\rA!\vA\x7F!\x07 \0\r \0(\b"\bA*F@ \0\r \0(\b!\b Ar!\v@@@@@ \bA)j\0\v \bA\x83\x7FG\r@ \0(\r\0 AG"	 \0("\vA-GrE Aqq\r\0 	 AqE \vA.Grr\r\v \0\xE6\f\x07\v AG\r -\0jAqE\r\f\v AG\r \0(8\r\v 
 \0( !\v \0E\r\f\v AF AFr\r\0 \0A\xE5\x8AA\0\x1B\f\v@@@ ( "\x07E AKr\r\0 ($AG\r\0  \v\xB0"\bE\r\0 \b(\b (\xBCG\r\0 \0A\xE1\xFF\0A\0\x1B\f\vA\x7F!@ AG@\f\v@ \r\0 -\0jAq\r\0  \v (\xC0A\0\xC1A\0N\r\0  \v\x87A\x80\x80\x80\x80zqA\x80\x80\x80\x80F\r\0 \vA\xD1\0F@ (H\r\vA!\v@ \x07E\r\0 ($AK\r\0 (\xBC"\x07 (\xF0G\r\0  \v\xB0"\bE\r \b(\b \x07G\r \0A\x83\xCB\0A\0\x1B\f\vA\x7F!\x07 \0  \vAA \x1B\xA8"A\0H\r\v 
 A\0 AK \0(  \0A\xC4\0j\x82"\r\v 
 \v\f\v @  6\0\v \0 64  E AIq64  \v6l  A	F"\x076\`  AG"\b A\x07G"\fq"	6L  	6H  \x07 AkAIr A\bFr"	60@ \bE@  ("\x07(P6P  \x07(T6T  \x07(X6X  \x07(\\6\\\f\v A6P \fE@ A\x006\\ B\x80\x80\x80\x807T\f\v A6\\  	6X  \x076T\v  A\bt j;h A\xFE\xFF\xFF\xFF\x07qA\bF@ \0(4A+\v@@@@@ A\bF@ \0\xF0 B78 A<j!\b A8j!\f\f\v B78 A<j!\b A8j!\f AF@ \0(\bA\x83\x7FG\r \0(\r 
  \0(\xC0A\0H\r A6\x88\f\v A\x07F\r\v@ \0(\bA(F@ \0 A\fjA\0\xA7 -\0\fAq@ \bA6\0\v \0E\r\f\v \0A(+\r\v \b(\0@A\x7F!\x07 A\x7F6\xBC \0qA\0H\r\x07\v AF!A\0!	@@@ \0(\b"\x07A)F\r \x07A\xA5\x7FG"\rE@ \r \fA\x006\0 \0\r\x07 \0(\b!\x07\v@@@@ \x07A\x83\x7FG@ \x07A\xFB\0G \x07A\xDB\0Gq\r \fA\x006\0@ \rE@ \0(4A\r (\x84!\x07\f\v 
 A\0\xC0!\x07 \0(4A\xD8\0\v \0(4A\x80j \x07A\xFF\xFFq \0AQA\xB1\x7F \b(\0\x1BAAA\x7FAA\0\xD1"\x07A\0H\r\v \x07 	rA!	E@  (\x88Aj6\x88A\0!	\v \rE\r\f\v \0(\r	 \0("\x07A-F@ -\0hAF\r
\v \b(\0@ \0 \x07\xBF\r\v \0  \x07A\xA8A\0H\r\v\v 
  \x07\xC0"A\0H\r
 \0\r
 \r\r \0(4A\r \0(4A\x80j A\xFF\xFFq"	 \b(\0@ \0(4A \0(4A\xBB \0 \x07 \0(4A\x80j /\xBC\v \0(4A\xD9\0 \0(4A\x80j 	 \fA\x006\0\v \0(\bA)F\r \0A)+\f	\v@ \0(\bA=F@ \fA\x006\0 \0\r
 \0:!	 \0(4A\xD8\0 \0(4A\x80j A\xFF\xFFq"\r \0(4A \0(4A \0(4A\xA9 \0A\xE8\0 	# \0(4A \0R\r
 \0 \x07\xA9 \0(4A \0(4A\xD9\0 \0(4A\x80j \r \0 	$A!	\f\v 	E@  (\x88Aj6\x88\v \b(\0E\r \0(4A\xD8\0 \0(4A\x80j A\xFF\xFFq\v \0(4A\xBB \0 \x07 \0(4A\x80j /\xBC\v \0(\bA)F\r \0A,+E\r\f\x07\v\v \0A\xD3\xC8\0A\0\x1B\f\v AF@ (\x84E\r\f\v AG\r (\x84AF\r\v \0A\xF2\xC7\0A\0\x1B\f\v \b(\0E\r\0 (\xCC (\xBCAtjAj!\x07@@ \x07(\0"\bA\0H\r\0 (p"\x07 \bAl"\bj"\f( (\xBCG\r\0  \f(\0"\f\x87A\0H@ 
  \fSA\0H\r (p!\x07 \0(4A\xB6 \0 \x07 \bj"\f(\0 \0(4A\x80j /\xBC \0(4A\xB7 \0 \f(\0 \0(4A\x80jA\0\v \x07 \bjA\bj!\x07\f\v\v \0(4A\xB3 \0(4A\x80j /\xBC A\x006\xBC  (\xCC(6\xC0\v \0\r A}qAF@ \0(4A\x85\v A6d \0q  (\xBC6\xF0@@@@ AG\r\0 \0(\bA\xA4\x7FG\r\0 \0\r \0(\bA\xFB\0F\r \0  \v\xD6\r \0R\r \0(4A/A( \x1B -\0\xECAq\r  \0($ k"6\x98  
  \x8D"6\x94 \r\f\v A\x07F\r\v \0A\xFB\0+\r\v \0\x8E\r \0  \v\xD6\r@ \0(\bA\xFD\0G@ \0\x8DE\r\f\v\v -\0\xECAqE@  \0(, k"6\x98  
  \x8D"6\x94 E\r\v \0\r \0(4\xF2E\r\0 \0A\0\x8C\v \0 (64 \0(\b"A\x83\x7FG A\xD5\0jA-KqE@ \0A\x006 \0A\x83\x7F6\b \0\xE4\v (l!  \0B\x80\x80\x80\x80 \xEF"6\b AO@A\0!\x07 A
kA}K\r \0(4A \0(4A\x80j  \r \0(4A\xCA\0 \0(4A\x80jA\0\f\v \0(4!\x07 AF@ \x07A \0(4A\x80j  @@ \0(4"((@ 
  \xEE"E\r A\x006\b  -\0A\xFEq \0(4-\0jAqr:\0\f\v  \x87A\0N\r\0 
  SA\0H\r\v \0(4A \0(4A\xB7 \0  \0(4A\x80jA\0\vA\0!\x07 \0(4! A\0N@ (p Alj 6 A\f\v A\xBB \0  \0(4"\0A\x80j \0/\xBC\f\v@@ \x07((E@ \0 \x07 A\xA8"A\0H\r \0(4!\0 A\x80\x80\x80\x80q@ \0(| AljA\xF0\xFF\xFF\xFF\x07k 6\0\f\v \0(p Alj 6\f\v 
 \x07 A\x80 \x1B"\xEE"E\r  6\0 \r\vA\0!\x07\f\vA\0!\x07 \0 \0(4(\x9C A  AG\x1BA\0\xE7\r\f\v \0\xE6\v \0 (64 
 \x81A\x7F!\x07 E\r A\x006\0\f\v 
 \v\f\vA\x7F!\x07\v Aj$\0 \x07\vQ\x7F~A!@ \0B \x88"B\xFF\xFF\xFF\xFFQ\r\0@ \xA7AxG\r\0 \0\xA7(\b"A\x80\x80\x80\x80|I\r\0 A\xFF\xFF\xFF\xFFqA\xFF\xFF\xFF\xFFG\r\vA\0!\v \v\xEE\x7F@ \0(4"-\0h"E\r\0  \x7FA! AG\rA\x89A\vA!\v \0(4A\xB0j! E!@ (\0"@ -\0AqE@ (A\x7FF\r\v \0(4! Aq\x7F A \0(4 \vA\xEE\0 -\0Aq@ \0(4"-\0hAF@ A \0(4A\x1B \0(4A> \0A \0(4A \0(4A\xAE \0A\xE9\0A\x7F#! \0(4A$A\0! \0(4A\x80jA\0 \0(4A\x80 \0(4A\x89 \0A\xEA\0A\x7F#! \0 $ \0(4A \0 $ \0(4A\f\v A \0(4A \0(4A\x82A\0!\f \0A\xEC\0 (#A\0!\f\v\0\v\v\x7F \0(4"(\`@A\x7F! Aq\x7F  A* \0A\xE8\0A\x7F#! \0(4A \0(4\vA\xBC \0A\b \0(4A\x80jA\0 \0 $ \0(4!A(\f\vA/A)A( Aq\x1B -\0h\x1B\v!  \vy\x7F@@@@@ (\0"A\x80j\0\v \0(\0 )\b \0(\0 )\v A\xA9\x7FG\r\v \0(\0 (\b\v A\xD5\0jA-M@ \0(\0 (\b\v\v \0(\0 )\b\vI\x7F B\xFF\xFF\xFF\xFF\x07X@ \0  \xA7A\x80\x80\x80\x80xrA\x80\x80\xDA\v \0 \x85"E@A\x7F\v \0  A\x80\x80\xDA \0 \v\0 \0  B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\v*\x7FA\x7F! \0 ["\x7F ]@ \0\x93A\x7F\v ((A\x7F\v\vC\0 \0  A\0N~ \xADB\x80\x80\x80\x80\xE0~ \xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v A\x80\x80\xF8\v'\x7F B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 -\v\x8F~@@@@ B\xFF\xFF\xFF\xFFoX\r\0 \0 A\xC0\0 A\0"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80\xE0\0Q@ \v B\x80\x80\x80\x800Q@ B\x80\x80\x80\x80\xF0~T\r\f\v B\xFF\xFF\xFF\xFFoX@ \0 \f\v \0 A\xEB A\0! \0 @@ B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80 R@ B\x80\x80\x80\x80\xE0\0Q\r B\x80\x80\x80\x800R\r\v B\x80\x80\x80\x80\xF0~T\r\f\v B\x80\x80\x80\x80pZ@ \xA7-\0Aq\r\v \0 \x96 \0 \f\v \v \0%\vB\x80\x80\x80\x80\xE0\0!\v \v \xA7"\0 \0(\0Aj6\0 \vp\x7F#\0Ak"$\0 \0!@@ ,\0\0"A\0N@ A\xFFqA	k"AKA tA\x9F\x80\x80qEr\r Aj!\f\v A A\fjM\xD6E\r\0 (\f!\f\v\v Aj$\0  \0k\v\x9C\x7F\x7F \0(\b j" \0(\fJ@A\x7F \0 A\0\xC5\r\v@ \0(@ A\0 A\0J\x1B!@  F\r \0( \0(\bAtj Atj  j-\0\0; Aj!\f\0\v\0\v E\r\0 \0( \0(\bjAj  \xFC
\0\0\v \0 \0(\b j6\bA\0\v\vQ\x7F#\0Ak"$\0@@ \0 0@ \0 \x81"\r\v \0A\xA5\xC4\0A\0\f\v  6\0 \0A\x9F\xC4\0  \0 Q\v Aj$\0\v\xCC\x7F~@ B \x88B\xFB\xFF\xFF\xFF}B}X@B\x80\x80\x80\x80\xE0\0! \0 @"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\v@ B \x88B\xFB\xFF\xFF\xFF}B}X@B\x80\x80\x80\x80\xE0\0! \0 @"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\v@ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FQ@ \xA7(A\xFF\xFF\xFF\xFF\x07q"E@ \0  \v A\x80K\r \xA7! B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FQ@ (A\xFF\xFF\xFF\xFF\x07qA\x80\xC0\0K\r \0  \x87\v )"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FR\r \xA7"(A\xFF\xFF\xFF\xFF\x07qA\x80K\r  (\0Aj6\0B\x80\x80\x80\x80\xE0\0! \0  \x87"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r )"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0  \xF3!\f\v B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FR\r\0 \xA7(A\xFF\xFF\xFF\xFF\x07qE@ \0  \v \xA7")"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FR\r\0 \xA7"(A\xFF\xFF\xFF\xFF\x07qA\x80K\r\0  (\0Aj6\0B\x80\x80\x80\x80\xE0\0! \0  \x87"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r )"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0  \xF3!\f\v \0  \xF3\v \0  \v \0  \v\x99\x7F@@@ @ B\x80\x80\x80\x80\`\x83B\x80\x80\x80\x80 R\r\f\v B\x80\x80\x80\x80pT\r\vA!\b@@ B \x88\xA7Aj\0\v \xA7!\v@@ B\xFF\xFF\xFF\xFFoXA\0 \x1B\r\0@ \xA7"/"A\x80\bqE\r\0 \0((D /Alj("\x07E\r\0 \x07( "\x07E\r\0 \0   \x07\0"\b Er\r \0A\x84\xF3\0A\0\f\v ((, F\r\0 A\x80\xC0\0q@ E\r \0A\xCA\xF9\0A\0\f\v A\x80qE@ E\r \0A\xE0\xF8\0A\0\f\v@ E\r\0 !@  F@ E\r \0A\xE9\xDB\0A\0\f\v ((,"\r\0\v B\x80\x80\x80\x80\xF0~T\r\0 \xA7" (\0Aj6\0\v \0 A\0\xD8\r ("(,"@ \0 \xADB\x80\x80\x80\x80p\x84\v  6,  /A\xFF\xFEq;\v \b\vA\0\v \0%\vA\x7F\vb\x7F#\0Ak"$\0 \0 ($  ( AlAv"\0 \0 H\x1B"\0At A\fj\xC3"\x7F (\f!  6$  Av \0j6 A\0A\x7F\v Aj$\0\v\x97\r\x7F~#\0A\xC0k"\b$\0 !@@@\x7F@@@ Aq"\0\v A\x8E\xB3j-\0\0!\v A\fqA\bF@ \xBDB4\x88\xA7A\xFFq"A\xFFF@\f\v  A\x80\bk \x9F" Au"s kjA
j\f\v A\bj\f\v \xBDB4\x88\xA7A\xFFq"A\xFFF@\f\vA!\x07 A\xFF\x07O\x7F A\x80\bk \x9FAjA\v jAj\v"A\x80H@\f\v \0 Aj'"!\v \rB\x80\x80\x80\x80\xE0\0!\f\v \bA\xB0j!\v\v \xBD"B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\x83!  h"\rv!@@@@@@@@~@ B4\x88\xA7A\xFFq"@ A\xFFG\r B\0R\r \v! B\0S@ A-:\0\0 Aj!\v B\xC9\xDC\x99\xCB\xE6\xAD\x9A\xBA\xF9\x007\0\0 A\bj!\f
\v P@ \bB7\bA!
 \v!	 !A!@ 	\b\0\b\v Aj!\f\b\vA\f y"\xA7k!  B\xF5\xFF\xFF\xFF|\x86\f\v B\x80\x80\x80\x80\x80\x80\x80\b\x84\v! \v!	 B\0S@ 	A-:\0\0 	Aj!	\v@  A\xFF\x07k"A4Kr AFr\r\0 B\x7FA\xB3\b k\xAD"\x86B\x7F\x85\x83B\0R\r\0 	  \x88 \x9E 	j!\f\b\v  \x9F"Aj! E@ A\xFE\x07k! A\xB3\bk! A\x8E\xB3j-\0\0!\f \xAD!B\0!A\0!A\0!\x07@ ! \x07! !
  \f\xAD! !\x07@ \bA\bj    \r \f \x07"kA\0\x9D Aj!\x07 \b5\f \b)\f \b(\bAF\x1B" Z\r\0\v \f!\x07@   \x80" ~RE@ \x07Ak!\x07 !\f\v\v@ @ \b 7\f \bAA B\x80\x80\x80\x80T\x1B6\b \bA\xBCj \bA\bj  \r  \x07k\xF6 R\r \b(\xBC G\r\v \x07Ak!\fA! !
 ! \x07AG\r\v\v \b 7\f \bAA B\x80\x80\x80\x80T\x1B6\b\f\v AF@ A\xE6\0O\r \bA\bj"  A\xB3\bk  \r A\x9D 	  A\x7F  A\0H\x1BAj" j \xAC!@ 	-\0\0A0G AHr\r\0 	-\0A.F\r\0 Ak"E\r\0 	 	Aj \xFC
\0\0\v  	j!\f\b\v AkA\xE5\0O\r \bB\x81\x80\x80\x807\xE0 \bA\xE0j"   \r A\0A\0\x9CA\xD8 A\xB3\bk!
@ \bA\bj  
  \r  kA\x9D \b(\b" \b(\xE0"\x07H\r@  \x07J\r\0@ A\0L\r At!\x07 Ak! \x07 \bA\bjj(\0"\f  \x07j(\0"\x07F\r\0\v \x07 \fK\r\v Aj!\f\0\v\0\v \vA\xBB\x9A-\0\0:\0 \vA\xB9\x9A/\0\0;\0\0 \vAj!\f\vA\x82\x99A\xC1\x91A\xDD	A\xBD\x92\0\0\vA\xD2\x98A\xC1\x91A\xEE	A\xBD\x92\0\0\v ! !
\v ! AF\r\v A\x8E\xB3j-\0\0Aj! !\v@@@ A\fq\0\v 
A{H\r\0  
N\r\v 	 \bA\bj  A\xAC 	j! 
Ak!A\xE5\0!\f A
G@A\xF0\0A\xC0\0 AF \rAIq"\x1B!\f  \rA \x1Bl!\v  \f:\0\0 A-A+ A\0H\x1B:\0 Aj"  Au"s k\xDF j!\f\vA\0!\x07 
A\0L@ 	A\xB0\xDC\0;\0\0A\0 
k! 	Aj!@  \x07FE@ A0:\0\0 \x07Aj!\x07 Aj!\f\v\v  \bA\bj   \xAC j!\f\v 
 k"A\0 A\0J\x1B! 	 \bA\bj    
  
H\x1B\xAC 	j!@  \x07F\r A0:\0\0 \x07Aj!\x07 Aj!\f\0\v\0\v A\0:\0\0 \0 \v  \vku! \0("\0Aj  \0(\0\0\v \bA\xC0j$\0 \vO\x7F  6\f  \x006\0 A\x006  6 A\x006\b  \0  \xE0"\x006 \0\x7FA\0 A\x7F6 A\x006\fA\x7F\v\v\xCB\x7F  (\0"Ak"6\0@ AL@ \r -\0@ \0 \xA4\v (,"@ \0 \xADB\x80\x80\x80\x80p\x84"\v A0j!A\0!@  ( OE@ \0 ({ Aj! A\bj!\f\v\v (\b" (\f"6  6\0 B\x007\b \0Aj  (A\x7FsAtj \0(\0\0\v\vA\xB1\xAEA\xDF\x90A\xA1&A\xAC\xAC\0\0\v\xAB\f\x7F@ \0("(\xF0AtAj (\xECL\r\0 Aj"
A (\xE8"Aj"\bt" (\0\0"\x07E\r\0 @ \x07A\0 \xFC\v\0\vA \bt!\v (\xEC"A\0 A\0J\x1B!\fA k!\r (\xF4!	@  \fFE@ 	 Atj(\0!@ @ ((  \x07 ( \rvAtj"(\x006(  6\0!\f\v\v Aj!\f\v\v 
 	 (\0\0  \x076\xF4  \v6\xEC  \b6\xE8\v \0 A \xBA"@ A:\0  A\x81\x80\xDC\xF1ylA\xFF\xFF\xA3\x8Ek6 \0( \xA2\v \vW\x7F~@A\xD0\xA6(\0"\xAD \0\xADB\x07|B\xF8\xFF\xFF\xFF\x83|"B\xFF\xFF\xFF\xFFX@ \xA7"\0?\0AtM\r \0	\r\vA\xC0\xB1A06\0A\x7F\vA\xD0\xA6 \x006\0 \v\0 \0 B\x80\x80\x80\x800\xF6\v3~ \0   A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R~ \0    = \v\vv\x7F~ \0B\x80\x80\x80\x80Z@@ Ak" \0" \0B
\x80"\0B\xF6~|\xA7A0r:\0\0 B\xFF\xFF\xFF\xFF\x9FV\r\0\v\v \0PE@ \0\xA7!@ Ak" A
n"A\xF6l jA0r:\0\0 A	K !\r\0\v\v \v\xC9\x7F|~@@@|@ \0\xBD"B \x88\xA7A\xFF\xFF\xFF\xFF\x07q"A\xFA\xD0\x8D\x82O@ \0\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\r B\0S@D\0\0\0\0\0\0\xF0\xBF\v \0D\xEF9\xFA\xFEB.\x86@dE\r \0D\0\0\0\0\0\0\xE0\x7F\xA2\v A\xC3\xDC\xD8\xFEI\r A\xB1\xC5\xC2\xFFK\r\0 B\0Y@A!Dv<y5\xEF9\xEA=! \0D\0\0\xE0\xFEB.\xE6\xBF\xA0\f\vA\x7F!Dv<y5\xEF9\xEA\xBD! \0D\0\0\xE0\xFEB.\xE6?\xA0\f\v \0D\xFE\x82+eG\xF7?\xA2D\0\0\0\0\0\0\xE0? \0\xA6\xA0\xFC"\xB7"Dv<y5\xEF9\xEA=\xA2! \0 D\0\0\xE0\xFEB.\xE6\xBF\xA2\xA0\v"\0 \0 \xA1"\0\xA1 \xA1!\f\v A\x80\x80\xC0\xE4I\rA\0!\v \0 \0D\0\0\0\0\0\0\xE0?\xA2"\xA2"     D-\xC3	n\xB7\xFD\x8A\xBE\xA2D9R\xE6\x86\xCA\xCF\xD0>\xA0\xA2D\xB7\xDB\xAA\x9E\xCE\xBF\xA0\xA2D\x85U\xFE\xA0Z?\xA0\xA2D\xF4\xA1\xBF\xA0\xA2D\0\0\0\0\0\0\xF0?\xA0"D\0\0\0\0\0\0\b@  \xA2\xA1"\xA1D\0\0\0\0\0\0@ \0 \xA2\xA1\xA3\xA2! E@ \0 \0 \xA2 \xA1\xA1\v \0  \xA1\xA2 \xA1 \xA1!@@@ Aj\0\v \0 \xA1D\0\0\0\0\0\0\xE0?\xA2D\0\0\0\0\0\0\xE0\xBF\xA0\v \0D\0\0\0\0\0\0\xD0\xBFc@  \0D\0\0\0\0\0\0\xE0?\xA0\xA1D\0\0\0\0\0\0\0\xC0\xA2\v \0 \xA1"\0 \0\xA0D\0\0\0\0\0\0\xF0?\xA0\v A\xFF\x07j\xADB4\x86\xBF! A9O@ \0 \xA1D\0\0\0\0\0\0\xF0?\xA0"\0 \0\xA0D\0\0\0\0\0\0\xE0\x7F\xA2 \0 \xA2 A\x80\bF\x1BD\0\0\0\0\0\0\xF0\xBF\xA0\vD\0\0\0\0\0\0\xF0?A\xFF\x07 k\xADB4\x86\xBF"\xA1 \0 \xA1\xA0 \0  \xA0\xA1D\0\0\0\0\0\0\xF0?\xA0 AM\x1B \xA2!\0\v \0\vS\x7F \0(" H@ \0(\f \0(\b  AlAm"  J\x1B"At \0(\0"E@A\x7F\v \0 6 \0 6\b\vA\0\vH\x7F#\0Ak"$\0\x7F (\0"-\0\0 G@  6\0 \0A\xB0\xBA 4A\x7F\f\v  Aj6\0A\0\v Aj$\0\vF\x7FA\x7F! \0 \xCB\x7FA\x7F \0( k"@ \0(\0 j" j  \xFC
\0\0\v \0 \0( j6A\0\v\v5\x7F#\0Ak"$\0 \0 A\fj>!\0 A\0 /\f \0\x1B;\0 Aj$\0A\x7FA\0 \0\x1B\v)\0 \0 \x8B"E@B\x80\x80\x80\x80\xE0\0\v \0   A\0 \0 \v\x92\x7F#\0Ak"$\0 A%:\0
\x7F A\x80H@A! A\vj\f\v A\xF5\0:\0\v  A\fv-\0\x9D\x9E:\0\f  A\bvAq-\0\x9D\x9E:\0\rA! Aj\v" Aq-\0\x9D\x9E:\0  AvAq-\0\x9D\x9E:\0\0 \0 A
j \x95 Aj$\0\v\r\0 \0  A\xE9\v\xDB\x7F \0(!\v@ E Er A,F \x07rrE@ \0A\xF2:A\06\f\v@@ \0  V"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@ B\xFF\xFF\xFF\xFF\x07V\x7FA\xF4\xE4\0 E\r )\0B\xFF\xFF\xFF\xFF\x07X\rA\xD4\xE4\0\v! \0 A\02\f\v \0A '"\bE@A\0!\b\f\v \b \xA7"	6\0 \b \x7F (\0A\x7F\v6@ \x07@@ AG\r\0 \v(\xD4"\fE\r\0 	!
 @ (\0!
\v \b \v(\xE0A 
 
AL\x1B \f\0"6\f E\r 
E\r A\0 
\xFC\v\0\f\v \b \0A 	 	AM\x1B?"6\f E\r\f\v@ AG\r\0 \v(\xDC"\0E\r\0 \v(\xE0  \0\0\0\v \b 6\f\v \b 6 \bA\x006 \bA\0:\0\b \b \bAj"\x006 \b \x006 \b AF:\0	 	E E \x07ErrE@ \b(\f  	\xFC
\0\0\v B\x80\x80\x80\x80pT\r\0 \xA7 \b6 \v \v \0  \0("\0Aj \b \0(\0\0\vB\x80\x80\x80\x80\xE0\0\v\xC4\x7F E@ \0A\x85\v@@@ E \0(\bA\xA9\x7FG AGrr\r\0 \0(,A\0cA\xB7\x7FG\r\0 \0(\0 \0( !@@ \0\r\0 \0(\bA\xB7\x7FG\r\0 \0\r\0 \0AA\xABE\r\v \0(\0 A\x7F!\f\v \0(4A\xC0 \0  \0(4"A\x80j /\xBC \0(\0 \f\vA\x7F! \0 Ak"" \xAB\r@ \0(\f!\x07 \0(\b!@@@@@@@@@ Ak\x07\x07\0\v A%G@ A*F@A\x98!\f	\v A/G\r
A\x99!\f\b\vA\x9A!\f\x07\vA\x9B!A\0!@ A+k\x07
\0
\vA\x9C!\f\v A\xEA\0j"AO\r\x07 A\xE2\0k!\f\vA\0!@@@@@ A\xE6\0j\f\0\v@ A\xC9\0j\0\vA\xA1!@ A<k	\f\0\f\vA\xA3!\f\b\vA\xA2!\f\x07\vA\xA4!\f\vA\xA5!\f\v E\r\x07A\xA6!\f\v A\xE3\0j"AO\rA\xA7\xD3\xA2\xD5z Atv!\f\v A&G\rA\xAB!\f\v A\xDE\0G\rA\xAC!\f\v A\xFC\0G\rA\xAD!\vA\x7F! \0\r \0  \xAB\r \0 \x07b \0(4 A\xFFq\f\0\v\0\vA\0\v \v@\0@  LE@ \0(4A\xB3 \0(4A\x80j A\xFF\xFFq \0(4(\xCC Atj(\0!\f\v\v\v	\0 \0A\0\xE5\v4\x7F@ A\xB1\x7FG\r\0 \0(4"-\0jAq@ ((E\r \0(8\r\vA!\v \v\xC8\x7F \0 \0(4" \x7F@@@@ A'G@ A\xD1\0F A>FrE@ A-G\r -\0hAG\r \0A\xAD\xCB\0A\0\x1BA\x7F\v -\0jAqE\r \0A\xDC\xFC\0A\0\x1BA\x7F\v A\xB1\x7FF\r ACF\r AQG AIGq\r \0A\x89\xF7\0A\0\x1BA\x7F\v A\xB1\x7FF\r ACF\r\0A AQF\r AIG\rA\f\vA\f\v.\0\vA\v\xA8Au\vC\x7F \0(\xF4"A\0 A\0J\x1B!@  F@A\0\v At Aj! \0(\xFCj"(\f G\r\0\v \v	\0 \0A\xD1\v\xEC\x7F@@  L\r\0  j"-\0\0"At"\x07-\0\xC0\xDA!\b@@ A\xB4G@ A\xC4G\r  (\06\0\f\v \0 (\0"A\0j\r \0(\xA4 Alj(E\rA\xFB\x9AA\xDF\x90A\xFC\x85A\xBA\xFE\0\0\0\v \x07A\xC0\xDAj-\0"AK\r\0A t"A\x80\x80\x80qE@ A\x80\x80\x80\xE0\0qE@ A\x80\x80\x80\x82qE\r \0 (\0A\x7Fj\f\v \0 (\0A\x7Fj\v \0(\0 (\0\v  \bj!\f\v\v \v\x1B\0 \0A\xFF\0M@ \0-\0\x80\xA1A<q\v \0\xCF\v\xF6\x7F#\0Ak"$\0@ A\fj \0A\xE0\x93A\x9D"A\0H\r\0 A\xC0\x94j! (\f!@ ! -\0\0"\xC0A\0N\x7F Aj A?q"A0I\r\0 A7M@ -\0 A\btrA\xD0\xDF\0k! Aj\f\v -\0 -\0 A\xC8\xFF\xFF\x07jrA\btrA\xB0j! Aj\vj! \0  jAj"O\r\0\v@@@ AvAk\0\v Ak-\0\0!\f\v Ak-\0\0 \0 kj!\f\vA\xE6!\v Aj$\0 \v[\x7F#\0Ak"$\0~@@ E\r\0 \0("A\0N\r\0  A\xFF\xFF\xFF\xFF\x07q\xADS\r\v B|\f\v  >\f \0 A\fj\xEC 4\f\v Aj$\0\v\xDC\x7F@#\0" \0(L((\x80I@ \0A\xFA"A\04A\x7F!\f\v \0(!A\x7F! \0 \xAC\r\0@ \0("-\0\0A\xFC\0G@A\0!\f\v \0 Aj6 \0(! \0 A\xA5@ \0\xE9\f\v \0(\0 jA:\0\0 \0(\0 j  kAj6\0 \0A\rA\0\xBD! \0 \0-\0<Aj:\0< \0 \xAC\r \0(\0 j \0( kAk6\0\0\f\0\v\0\v $\0 \v\xFE\b\x7F~#\0A0k"$\0B\x80\x80\x80\x80\xE0\0!\f \0 &"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@@@ \0 A,j A(j \xA7"\b Aqw@B\x80\x80\x80\x800!\f ((! (,!\f\v \0B!\f ((! (,! \fB\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x80\xE0\0!\f\f\v AI!	 Ak!
A\0!@  F\r  Atj(!@@ 	E@ \0 A\bj \b J"\vA\0L@ \vA\0N\r\f\v \0 A\bjN (\bAqE\r\v@@@@ 
\0\v \0 W"\rB\x80\x80\x80\x80\xE0\0R\r\f\v \0   A\0"\rB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\f\v \0B"\rB\x80\x80\x80\x80\xE0\0Q\r \0 W"B\x80\x80\x80\x80\xE0\0Q\r \0 \rB\0 A\x87\x80\xA0A\0H\r \0   A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 \rB A\x87\x80\xA0A\0H\r\v \0 \f \x07\xAD \rA\0\xEFA\0H\r \x07Aj!\x07\v Aj!\f\v\v \0 \r\v \0 \fB\x80\x80\x80\x80\xE0\0!\f\v \0  X \0 \v A0j$\0 \f\v\xAD~ \0  Aq"A#j,E@B\x80\x80\x80\x80\xE0\0\vB\x80\x80\x80\x80\xE0\0! \0 A+j\x88"B\x80\x80\x80\x80\xE0\0R~ \0A'"E@ \0 B\x80\x80\x80\x80\xE0\0\v B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v A\x006\f  Au6\b  7\0 B\x80\x80\x80\x80pZ@ \xA7 6 \v B\x80\x80\x80\x80\xE0\0\v\v\xC2\x7F~ ( B\0 B \x88\xA7A\bkAoO\x1B  B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\xE0\xFE\xFFQ\x1B" (\xC0Atj!@ (\0"E@B\x80\x80\x80\x80\v@@ -\0\r\0 (\0E )"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800QrE@ \xA7(\0E\r\v \0  \xA9\r\v Aj!\f\v\v  (6\0 \0(  \xF8B\x81\x80\x80\x80\v\xAD\x7F~#\0Ak"\x07$\0@ \0  A+j,"E@ A\x006\0B\x80\x80\x80\x80\xE0\0!\f\vB\x80\x80\x80\x800!@ )\0"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0@ 	B\x80\x80\x80\x80pT\r\0 	\xA7"/ A#jG\r\0 ( "E\r\0@ (\f"\bE@ (\b!\f\v \b(\f! \0( \b\xF5\v Aj!@  F@ A\x006\f \0 )\0 B\x80\x80\x80\x8007\0\f\v Ak-\0\0@ (!\f\v\v A\bk" (\0Aj6\0  6\f A\x006\0 (\b"E@ )"B\x80\x80\x80\x80\xF0~T\r \xA7"\0 \0(\0Aj6\0\f\v \x07 )"7\0 E@ )!\v \x07 7\b AF@ B\x80\x80\x80\x80\xF0~T\r \xA7"\0 \0(\0Aj6\0\f\v \0A \x07\xD3!\f\vA\xCA\x9BA\xDF\x90A\xEA\x92A\xB4&\0\0\v A6\0\v \x07Aj$\0 \v	\0 \0\xBDB4\x88\xA7\v\xAD\x7F\x07~#\0A k"$\0B\x80\x80\x80\x80\xE0\0!@ \0  A#jV"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0B\x80\x80\x80\x800!
@@ \0A,?"E@B\x80\x80\x80\x800!\rB\x80\x80\x80\x800!\f\f\v  Aq"\x07Av6\0  Aj"\b6\b  \b6 \x07@ A\x006( \0("\x07(p"\b A j"	6  \x07A\xF0\0j6$  \b6  \x07 	6p\v B\x80\x80\x80\x80pZ@ \xA7 6 \v B\x81\x80\x80\x80 7  \0A\b?"\x076B\x80\x80\x80\x800!\rB\x80\x80\x80\x800!\f \x07E\r\0 A6 A\0L\r )\0"
B\x80\x80\x80\x80\x84B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r@ \0 A\xEC\0A\xC6\0 Aq"\x1B A\0"\fB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 \f0E@ \0A\xBE\xD5\0A\0\f\v \0 
A\0\xC5"
B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 
A\xEE\0 
A\0"\rB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r@@@  \0 
 \r Aj9"\v7 \vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (E@@ @ \0 \f A Aj"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r \0 )\f\v@@ \vB\xFF\xFF\xFF\xFFoX@ \0%B\x80\x80\x80\x800!\v\f\v \0 \vB\0P"\vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\vB\x80\x80\x80\x800!\f\v \0 )BP"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r  7\b  \v7\0 \0 \f A "B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 \v \0 \v \0  \0 )\f\v\v \0 \r \0 
 \0 \f\f\v \0 ) \0 \v \0 \v \0 
AD\f\vB\x80\x80\x80\x800!
\v \0 \r \0 
 \0 \f \0 \f\v !\v A j$\0 \v~ \0    \xA0 \0 \v\x83\x7F#\0A k"$\0@@  F@A\0!\f\v A\x006 B\x007 B\x007\b   A\flj"\x07(6\f  \x07(\b6  j!\bA\x7F! Aj! \0 \b A\bj \x07(\0\xF1A\0N\r\v\v A j$\0 \v\xD1\x7F#\0Ak"$\0  7\b@@ \0 \xD5"A\0H\r\0 E@ \0B\x80\x80\x80\x800A A\bj\x89!\f\v \0 A\xC0\0 A\0"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80\xE0\0Q@ !\f\v@@ B\x80\x80\x80\x80pZ~@ \xA7-\0AqE\r\0 \0 \x8E"E@ \0 \f\v \0 F\r\0 \0  )PEE\r\0 \0 \f\v \0 A\xEB A\0! \0  B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80\xE0\0Q\rB\x80\x80\x80\x800  B\x80\x80\x80\x80 Q\x1B"B\x80\x80\x80\x80p\x83 \vB\x80\x80\x80\x800R\r\v \0B\x80\x80\x80\x800A A\bj\x89!\f\v \0 A A\bj\xAF! \0 \f\vB\x80\x80\x80\x80\xE0\0!\v Aj$\0 \v\x8B\x7F#\0Ak"$\0@\x7F@@|@@@@@@A\b \0B \x88\xA7" A\bkAoI\x1B"A	j\b



\0




\x07
\v \0\xA7AsA\xC7\x8C\xA2\x8ElA  kv!\f	\v \0\xA7A\0\xFEAysA\xC7\x8C\xA2\x8ElA  kv!\f\b\v \0A\0\xA3AysA\xC7\x8C\xA2\x8ElA  kv!\f\x07\v  \0\xA7sA\xC7\x8C\xA2\x8ElA  kv!\f\v \0\xA7\xB7\f\vD\0\0\0\0\0\0\xF8\x7F \0B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|"\0\xBF \0B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v\xBDB\b\x85B\xEB\x87\xD6\x85\xE8\xC8\xA1\xE4\xE1\0~A\xC0\0 k\xAD\x88\xA7!\f\v  \0>\b B\x80\x80\x80\x807\0 !A\f\v \0\xA7"(\v! A\bj!A!@ Ak"A\0HE@  Atj(\0 A\x87lj!\f\v\v AwsA\xC7\x8C\xA2\x8ElA  kv!\v Aj$\0 \v\xDD~\x7F ( E@@@#\0" \0("(\x80I@ \0t (@( !\0B\x80\x80\x80\x80\xE0\0!\f\v \0 \xAD )B\x80\x80\x80\x800 ( (HA\xDD"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80\xE0\0R B\x80\x80\x80\x800R"q\r (@( !\0 \r\0 (\`A\bk")\0! B\x80\x80\x80\x8007\0\v A6   \0 A8j\xDC  \xFD\v $\0 \vA\xED\x89A\xDF\x90A\x91\x9FA\x94\xF4\0\0\0\v\v\0 \0A\xA1A\0\v,\0 \0 )\b" \0 )" \0 )" \0Aj  \0(\0\0\v\xDF\b\x7F~#\0A0k"$\0\x7FA\0 B\x80\x80\x80\x80pT\r\0A\0 \xA7"/A3G\r\0 ( \v!\x07 B\x007(@@ AG@@ \0A ?"\b@ \bA\bj!	A\0!@ AF\r  At"
j)\0"\fB\x80\x80\x80\x80\xF0~Z@ \f\xA7"\v \v(\0Aj6\0\v 	 
j \f7\0 Aj!\f\0\v\0\vA\x7F! AG\r \0( ((\xC3\f\v  Atj)\0"\fB\x80\x80\x80\x800 \0 \f0\x1B"\fB\x80\x80\x80\x80\xF0~Z@ \f\xA7" (\0Aj6\0\v \b \f7 A(j Atj \b6\0 Aj!\f\v\v@ \x07(\0"E@ \x07Aj!A\0!@ AF\r  Atj"(\0" A(j Atj(\0"\x006 \0 6 \0 6\0  \x006\0 Aj!\f\0\v\0\v@ AG\r\0A! \x07(\r\0 \0("(\xA0"E\r\0 \0  \x07)A (\xA4 A\0 \x07(\0!\v  A(j Ak"Atj(\0")\b7\0  )7\b  )7A\0!  A\0G\xADB\x80\x80\x80\x80\x847  \x07)7  \0A\xC0\0A \xCF@ AF\r \0( A(j Atj(\0\xC3 Aj!\f\0\v\0\v \x07A6A\0!\v A0j$\0 \v\xD5\x7F#\0Ak"$\0A\x7F!@ \0(\r\0@@ A\x80\x80\x80\x80N@ \0(\0A\x91\xE7\0A\06\f\v  \0(\fAlAm"  J\x1B! \0(" A\x80HrE@ \0 \xFD!\f\v \0(\0 \0(  t kAj A\fj\xC3"\r\v \0\xAE\f\v (\f! \0 6 \0A\xFF\xFF\xFF\xFF  \0(v j"\0 \0A\xFF\xFF\xFF\xFFN\x1B6\fA\0!\v Aj$\0 \v\xA0\x07\b\x7F@@\x7F AM@  (\bAvF@ \0 \xB3"A\xEDJ\r  (\0Ak6\0 \v \0(4 \0($Ak  \xFEA\xFF\xFF\xFF\xFFq"\bq"	Atj! (A\xFF\xFF\xFF\xFF\x07q!@  (\0"E\r@ \0(8 Atj(\0"(\b"A\xFF\xFF\xFF\xFFq \bG Av Gr\r\0 (A\xFF\xFF\xFF\xFF\x07q G\r\0 A\0 A\0 \x9B\r\0 A\xEEH\r  (\0Aj6\0\f\v A\fj!\f\0\v\0\vA\xFF\xFF\xFF\xFFA\0 AG\x1B!\bA\v!@ \0(<\r\0@@ \0Aj"
 \0(8A\xC7 \0(,AlAm" A\xC7L\x1B"At \0(\b\0"@ \0(,"\x07! \x07\r 
A \0(\0\0"\r 
  \0(\0\0\vA\0! \r\f\v B\x007\0 A\x006\0\fA! A6\0 A\x80\x80\x80\x80|6\b  6\0 \0 \0((Aj6(\v \0 6< \0 68 \0 6, \x07   \x07I\x1B!\x07 Ak!@  \x07F\r  AtjA Aj"AtAr  F\x1B6\0 !\f\0\v\0\v@ @ (\b"A\xFF\xFF\xFF\xFFM@   Atr6\b !\f\v \0Aj ("Au A\xFF\xFF\xFF\xFF\x07q AvtjAj \0(\0\0"E@A\0!\f\v A6\0  (A\x80\x80\x80\x80xq" (A\xFF\xFF\xFF\xFF\x07qr6  (A\xFF\xFF\xFF\xFF\x07q r6 ("A\xFF\xFF\xFF\xFF\x07q Avt A\x7FsAvj"@ Aj Aj \xFC
\0\0\v \0 \x8F\f\v \0AjA \0(\0\0"E@A\0\v B\x81\x80\x80\x80\x80\x80\x80\x80\x80\x7F7\0\v \0 \0(8 \0(<"Atj"(\0Av6<  6\0  At \br6\b  6\f \0 \0((Aj6( AF\r\0  \0(4 	Atj"(\x006\f  6\0 \0(( \0(0H\r\0 \0 \0($At\x9D\v \v \0 \x8F \v\x87\f\x7F~|#\0A\xB0k"
$\0 
 6\xACA\xDF\0A\x80 A q\x1B!\v@@@@\x7F@@@\x7F@@@@@@@@@ -\0\0"A+k\0\vA! 
 Aj"6\xAC\f\v 
 Aj"6\xAC\v A\x80\bI\r -\0\0!\v A\xFFqA0G\r\0@@@ -\0"A\xF8\0G@ A\xEF\0F\r A\xD8\0G\r\v AoqE@ Aj!A\f	\v A\xE2\0F A\xEF\0Fr\r\r\f	\v  A\xCF\0Gr\r\f\v E\r\f\v@ A\xE2\0G@ E!\f  A\xC2\0Gr\r\b\f\v \r\v AqE\r Aj!A\f\v A\x81q\r\x07 A\xD3 
A\xACj\x99E@ 
(\xAC\f	\vB\x80\x80\x80\x80\xE0\xFE\xFF\xFB\xFF\0B\x80\x80\x80\x80\xE0\xFE\xFF{ \x1B!\f\f\v Aq\r\vA
!\vA\0!\f\f\v Aj!A\b\v!A\0!\f\f\v \fE \xC0A0H A9Krr\r@ AqE@A\0!\f\f\v Aj!A!\x07@  \x07j \x07Aj!\x07-\0\0"A\xF8qA0F\r\0\vA\b!A\x80!\vA!\f A\xFEqA8G\r\v !A
!\f\v 
 6\xAC -\0\0s I\r\f\v \v! A
 \x1B!A\0!\f\f\v !\v A\x80q!A\0! A
G!\x7F@@  j"\b-\0\0"\x07\xC0!	 \x07s N@ 	 \vG\r@  AGr\r\0 \bAk-\0\0A0G\r\0A\f\v \b-\0s N\r\v 
  Aj"j6\xAC\f\v\v \v!	  j!@@ Aq\r\0 \x07A.F@ 	E@ \b-\0s N\r\v 
 \bAj"6\xAC \v \b,\0"\x07F\r@@ \x07A\xFFqs N@A!\r \v \x07\xC0G\r -\0s N\r\v 
 Aj"6\xAC -\0!\x07 !\f\v\v !\b\v  \bO\r@ \x07A\xFFq"A\xE5\0G@ A
F A\xC5\0Fq\r \x07A rA\xFFqA\xF0\0G AKr\rA tA\x84\x82q\r\f\v A
G\r\vA!\r \bAj!@@@ \b-\0A+k\0\v \bAj!\f\v \bAj!\v -\0\0A:kA\xFFqA\xF6I\r !@ 
 "Aj"6\xAC ,\0"\bA:kA\xFFqA\xF5K\r\0 \b \vG@ !\b\f\v !\b -\0A:kA\xFFqA\xF5K\r\0\v\f\v\v  \bF\r\0 
A\xE0j!\v@@@@@@ \b k"\bAj"A\xC1\0O@ \0("Aj  (\0\0"\vE\r\vA\0!A\0!\x07 @ \vA-:\0\0A!\x07\v \bA\0 \bA\0J\x1B!\b@  \bFE@  j-\0\0"	A\xDF\0G@ \x07 \vj 	:\0\0 \x07Aj!\x07\v Aj!\f\v\v \x07 \vjA\0:\0\0@@@ A\xC0\0q@ -\0\0A\xEE\0F@ 
 Aj6\xAC\f\x07\v \rE A
Fr\r\f\x07\v A\x80F\r \r A
F\r \r\r\f\v A\x80F\r \r\v \vA\0  \rE 
A\bj\x81"D\0\0\0\0\0\0\xE0\xC1f D\0\0\xC0\xFF\xFF\xFF\xDFAeqE@ \xBD!\f\v \xBD" \xFC"\xB7\xBDR\r \xAD!\f\v.\0\v \0\xC9B\x80\x80\x80\x80\xE0\0!\f\vB\x80\x80\x80\x80\xE0~ B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\f\v \f \rr\r\0 \v \v-\0\0"\fA-Fj!@ "Aj! -\0\0A0F\r\0\v A"A\x81\x80\xC0\0I\r \0A\xBC\xF0\0A\02B\x80\x80\x80\x80\xE0\0!\f\vB\x80\x80\x80\x80\xE0~!\f\vB\x80\x80\x80\x80\xE0\0! \0 A\x1BlA\x07jAv A  Akg"\rk"l A
F"\x07\x1BAvAj"\bY"E\r\0@ \x07@ A\x006\b A\bj!@A!	@ A	j!A\0!A\0!\x07@@@ A	F@A	! !\f\v ,\0\0s"\bA	M@ Aj! Aj! \b \x07A
lj!\x07\f\v\v E\r\v@ 	"AG\r\0A! (\0\r\0  \x076\0\f\v    At(\xF0\xE2 \x07\x98"E\r  	Atj 6\0 	Aj!	\f\v\v\v   	Atj"Ak(\0A\0H\x7F A\x006\0 	Aj 	\v6\f\v  \b6 A\bj!	A\0! \bAt"\b@ 	A\0 \b\xFC\v\0\v  j!@  F\r   A\x7Fsj,\0\0s"\bK@ 	  l"\x07AvA\xFC\xFF\xFF\xFFqj" (\0 \b \x07tr6\0 \r \x07Aq"\x07I@  ( \bA  \x07kvr6\v Aj!\f\v\vA\xC0 A\xDF\x90A\xCA\xDE\0A\xBA\xE7\0\0\0\v \0 \xFB!@ \fA-G@ !\f\v \0 \x9B! \0("Aj  (\0\0 E\r\v \0 \xC2!\v A\xC1\0I\r \0("\0Aj \v \0(\0\0\f\vB\x80\x80\x80\x80\xE0~!\v @  
(\xAC6\0\v 
A\xB0j$\0 \v\xCA	\v\x7F#\0Ak"	$\0@@@@@@@ ("A0j!  ( qA\x7Fs"\x07Atj(\0!A\0!@ @   Ak"\bAtj"(F@ 	 6\f -\0AqE@A\0!\f
\vA\x7F! \0  	A\fj\xD8\r	 (!@ @   kj" (0A\x80\x80\x80\`q 	(\f"(\0A\xFF\xFF\xFFqr60\f\v  \x07Atj 	(\f"(\0A\xFF\xFF\xFFq6\0\v  ($Aj6$ ( \bAtj! /A1G (\0"A\xFF\xFF\xFF\xFF{JrE@ \0   \xD3\r
 (\0!\v \0(  Av\xB0 \0 ( A\x006  (\0A\xFF\xFF\xFFq6\0 B\x80\x80\x80\x8007\0A! ($"A\bH\r	  ( AvI\r	 ("\x07-\0\rA \x07(  \x07($k" AL\x1B"\v \x07(K\r \x07(Aj!@ "Av" \vO\r\0\v \0 \vAt"\r At"jA0j'"E\r\b \x07(\b" \x07(\f"6  6\0 \x07B\x007\b  j" \x07A0\xFC
\0\0 \0("(P"\b A\bj"
6  A\xD0\0j6\f  \b6\b  
6PA\0! @ A\0 \xFC\v\0\v Ak!
 \x07A0j! A0j! (!\fA\0!\b@ \b ( "OE@ ("@  6  (\0A\x80\x80\x80\`q" (\0A\xFF\xFF\xFFqr6\0    ( 
qA\x7FsAtj"(\0A\xFF\xFF\xFFqr6\0  Aj"6\0 \f Atj \f \bAtj)\x007\0 ! A\bj!\v \bAj!\b A\bj!\f\v\v   ($kG\r\x07 A\x006$  \v6  
6  6   6 \0("Aj \x07 \x07(A\x7FsAtj (\0\0A! \0 ( \r\xB4"\0E\r	  \x006\f	 (\0A\xFF\xFF\xFFq! !\f\v\0\v\vA! /"A\x80\bqE\r A\x80qE\r \0 	A\bj \xB1E\r 	(\b" (("O\rA\0! /"A	KA tA\x84qEr\r Ak F@@ A	F@ \0( ($ Atj(\0\x8D\f\v \0 ($ Atj)\0\v  6(\f\v \0 \x9DE\r\0\vA\x7F!\f\v \0((D /Alj("E\r (\b"E\r \0 \xADB\x80\x80\x80\x80p\x84  \0!\f\vA\x9A\x8FA\xDF\x90A\x86'A\xB3\xC0\0\0\0\vA\xF6\xEC\0A\xDF\x90A\x8A'A\xB3\xC0\0\0\0\vA\xFB\xB0A\xDF\x90A\xAF'A\xB3\xC0\0\0\0\vA!\v 	Aj$\0 \v\xBC\x7F#\0Ak"$\0 \0 A\bj \xE1! \0 @ E@B\x80\x80\x80\x80\xE0\0!\f\v   \x94"j"6\fB\x80\x80\x80\x80\xF0\0!@  (\bF\r\0 \0  A\fjA\0A\x85\xC7! (\f"\x94! B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 (\b  j kF\r\0 \0 B\x80\x80\x80\x80\xE0~!\v \0 Q\v Aj$\0 \v\xD4~\x7F\x7FA\x81\xF8 \0\xBD"B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83"B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\r\0 B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87?X@A\0 B\x81\x80\x80\x80\x80\x80\x80\xB0>T\r B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\x83B\x80\x80\x80\x80\x80\x80\x80\b\x84"B\x7FB\x9A\b B4\x88"}\x86B\x7F\x85| B\x9B\b }"\x88B\x83| \x88\xA7\f\v B*\x88B\x83 |"B\x81\x80\x80\x80\x80\xC0\x80\xF8\xC0\0T@ B\xFF\xFF\xFF\xFF\xFF\xBF\x80\x80|B*\x88\xA7\f\vA\x80\xF8\v B0\x88\xA7A\x80\x80qrA\xFF\xFFq\v\xB1\x7F|#\0Ak"$\0@@@@ B\xFF\xFF\xFF\xFF/X@ \xA7"A\0N\r\f\v B \x88\xA7A\bkAnM@ B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF"D\0\0\0\0\0\0\0\0fE D\0\0\xE0\xFF\xFF\xFF\xEFAeEr  \x9Dbr\r \xFC!\f\v @A\x7F! \0 \x86"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 A\fj A\xCB\r (\f!\f\v \0 A\fj \x80@ \0 \f\vA\x7F! \0 \x86"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 A\bj A\0\xCB\r (\b" (\fF\r\v \0A\x9F\xE4\0A\02\vA\x7F!\f\v  6\0A\0!\v Aj$\0 \vX\x7F@ A\0H\r\0@@@ \0((8 Atj(\0(\b"\0AvAk\0\vAA \0A\xFF\xFF\xFF\xFFqA\xFF\xFF\xFF\xFFF\x1B\v.\0\vA!\v \v\x97\f\f\x7F~#\0A0k"$\0 A\bk")\0!\x7F@@@@@@~@@@@@ Ak"
)\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xF0\0R\r\0 B \x88"\xA7A	jAK B\x07Rr\r\0 \xA7! \xA7!@@@@@@@ A\xABk\0\v A\x9Ek\f\v  r!\f\v  s!\f\r\v AJ\r A\0N\r AaI\rB\0 }!\f\v\v AJ\r A\0N\r
 AaI\rA\0 k!\v  u!\f
\v  q!\f	\v \0 n"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 n"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ !\f\x07\v B \x88"B\x07R \xA7AwGq\r B \x88"B\x07Q\r\0 \xA7AwG\r\v \xA7! B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xF0\0Q@  6  B\x80\x80\x80\x807 Aj!\v \xA7! B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xF0\0Q@  6 B\x80\x80\x80\x807\b A\bj!\v@@ A\xABkAO@ A\x9EkAI\r\f\x07\v Aj Aj (" ("\x07I"\b\x1B  \x07 \b\x1B"Atj(\0 \0  \x07  \x07K\x1BY"\rE\rAu!	 A\bj" A\bj" \b\x1B!\v   \b\x1B!A\0! A\0 A\0J\x1B!\f \rA\bj!\b@@@ A\xACk\0\v@  \fFE@ \b At"j  \vj(\0  j(\0r6\0 Aj!\f\v\v  \x07  \x07J\x1B!@  F\r \b At"j  j(\0 	r6\0 Aj!\f\0\v\0\v@  \fFE@ \b At"j  \vj(\0  j(\0q6\0 Aj!\f\v\v  \x07  \x07J\x1B!@  F\r \b At"j  j(\0 	q6\0 Aj!\f\0\v\0\v@  \fFE@ \b At"j  \vj(\0  j(\0s6\0 Aj!\f\v\v  \x07  \x07J\x1B!@  F\r \b At"j  j(\0 	s6\0 Aj!\f\0\v\0\vA\0A\x81\x80\x80\x80x\x7F ("AF@ (\b\f\v Aj Atj(\0AuA\xFF\xFF\xFF\xFF\x07s\v" A\x81\x80\x80\x80xL\x1B"k  A\x9FF\x1B"A\0N@ \0  \xCC!\f\v Aj ("Atj(\0Au!\x07A\0 k"\bAv" O@ \0 \x07\xD7!\f\v \0  k"Y"E\r \bAq"E@A\0! A\0 A\0J\x1B! A\bj!\x07  AtjA\bj!@  F\r \x07 At"j  j(\x006\0 Aj!\f\0\v\0\v A\bj  AtjA\bj   \x07\xCB \0 \xFB!\f\v \0 \r\xFB!\f\v \0 A,j \x9E\r \0 A(j \x9E\r\x07\x7F@@@@@ A\xABk\0\v@ A\x9Ek\0	\v (, ((u\f\v (( (,q\f\v (( (,r\f\v (( (,s\f\v (, ((t\v\xAD\f\vA\0!\v \0  \0  E\r \0 \xC2\v! 
 7\0\f\v.\0\v \0 \f\v \xC4 \x86"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ \xA7!\f\v \0 \x86"\0E\r 
 \0\xADB\x80\x80\x80\x80\xF0~\x847\0\f\v 
 \xADB\x80\x80\x80\x80\xF0\0\x847\0\f\v 
B\x80\x80\x80\x8007\0 B\x80\x80\x80\x8007\0A\x7F\f\vA\0\v A0j$\0\v~ \0 \xDC \0 \v\xBA\x7F~ \0(! \0 AtAj'"@ \0 \0(\0Aj6\0  6  6\f  \x006\b Aj!A\0!\0@ \0 G@  \0At"j)\0"\bB\x80\x80\x80\x80\xF0~Z@ \b\xA7"\x07 \x07(\0Aj6\0\v  j \b7\0 \0Aj!\0\f\v\v (\xA8"\0 6  A\xA8j6  \x006\0  6\xA8\v\v\x8D~|\x7F@\x7F@ \0\xBD"B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07W@ \0D\0\0\0\0\0\0\0\0a@D\0\0\0\0\0\0\xF0\xFF\v B\0Y\r \0 \0\xA1D\0\0\0\0\0\0\0\0\xA3\v B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xF7\xFF\0V\rA\x81x! B \x88"B\x80\x80\xC0\xFFR@ \xA7\f\vA\x80\x80\xC0\xFF \xA7\rD\0\0\0\0\0\0\0\0\vA\xCBw! \0D\0\0\0\0\0\0PC\xA2\xBD"B \x88\xA7\vA\xE2\xBE%j"\x07Av j\xB7"D\0\0\xE0\xFEB.\xE6?\xA2 B\xFF\xFF\xFF\xFF\x83 \x07A\xFF\xFF?qA\x9E\xC1\x9A\xFFj\xADB \x86\x84\xBFD\0\0\0\0\0\0\xF0\xBF\xA0"\0 \0 \0D\0\0\0\0\0\0\0@\xA0\xA3" \0 \0D\0\0\0\0\0\0\xE0?\xA2\xA2"  \xA2" \xA2"\0 \0 \0D\x9F\xC6x\xD0	\x9A\xC3?\xA2D\xAFx\x8E\xC5q\xCC?\xA0\xA2D\xFA\x97\x99\x99\x99\xD9?\xA0\xA2  \0 \0 \0DDR>\xDF\xF1\xC2?\xA2D\xDE\xCB\x96dF\xC7?\xA0\xA2DY\x93"\x94$I\xD2?\xA0\xA2D\x93UUUUU\xE5?\xA0\xA2\xA0\xA0\xA2 Dv<y5\xEF9\xEA=\xA2\xA0 \xA1\xA0\xA0!\0\v \0\v\r\0 \0  A\xDF\v\0 \0    A\x98\v\xB0~\x7FB\x80\x80\x80\x80\xE0\0! \0B"B\x80\x80\x80\x80\xE0\0R~ A\0J@ \0 \xA7" \x99A\0H@ \0 B\x80\x80\x80\x80\xE0\0\v  6(@  G@  At"\x07j)\0"B\x80\x80\x80\x80\xF0~Z@ \xA7"\b \b(\0Aj6\0\v ($ \x07j 7\0 Aj!\f\v\v \0 ( \xAD!\v B\x80\x80\x80\x80\xE0\0\v\v5\x7F#\0A\xD0\0k"$\0  \0( Aj \x856\0 \0A\x8C\x8E \xD1 A\xD0\0j$\0\vI\x7F~#\0Ak"$\0~ A\xFFM@  :\0 \0 AjAu\f\v  ;\f \0 A\fjA\x8C\v Aj$\0\v\x86\v\x7F \0 (" ("  J\x1B"
Y"\vE@A\0\v Aj!\x07 Aj!\b    H\x1B"A\0 A\0J\x1B!\r \vA\bj!A\0 k!	 A\bj! A\bj!\f@  \rFE@  At"j   j(\0 	s"  \fj(\0j"j"6\0  I  Kr! Aj!\f\v\v \b \b(\0"Atj(\0Au! \x07 \x07(\0"\bAtj(\0Au 	s!\x07@  \bK@@  
F\r  At"j   \fj(\0" \x07j"j"6\0  I  Kr! Aj!\f\0\v\0\v  \bO\r\0@  
F\r  At"j    j(\0 	sj"j"6\0  K  Kr! Aj!\f\0\v\0\v \0 \v  \x07j j\xF4\vq~@ \0  \0 \x8B" A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0   A\0"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x800Q B\x80\x80\x80\x80\xE0\0Qr\r \0   \xF0\f\v \0 \v \0 \v\xCD\x7F@ E\r\0 A\0H@A\0 k"Av! Aq"@ \0Aj"  \0(\0 \xB0!  \0(\0Atj 6\0 \0 \0(\0Aj6\0 \0\xE7\v E\r \0(\0!@ A\0L@ \0Aj!A\0!@  FE@  AtjA\x006\0 Aj!\f\v\v \0 \0(\0 j6\0 \0 Atj" Atj (\x006\0 Ak!\f\v\0\v\0\v@ AK\r\0 \0 Ak"\xAFE\r\0A! AF\r\0 AF@A\0! \0(\0A\0L\r \0(AvAq!\f\vA\0! Av" \0(\0"  H\x1B"A\0 A\0J\x1B!\b \0Aj!\x07A\0!@  \bFE@ \x07 Atj(\0 r! Aj!\f\v\v  H@ \x07 Atj(\0A\x7F tA\x7Fsq r!\vA! \r\0 \0 \xAF!\v \0(\0" Av"L@ \0 6 \0A6\0\v Aq@ E\r\0 \0  k"6\0 \0Aj!\x07A\0!@  F\r \x07 Atj"\b \b Atj(\x006\0 Aj!\f\0\v\0\v@A\0!@ A\0LE@ \0 Atj" At A\x7Fst (\0" vr6\0 Ak!\f\v\v \0\xE7\v E\r\0 \0Aj! \0(\0!A\0!A\0!@ Aq  MrE@  Atj" (\0Aj"6\0 Aj! A\0G!\f\v\v Aq\r\0 \0 Aj6\0  AtjA6\0\v\v*\x7F B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0  \xB5\v\\\x7F !@@  M AKr\r ,\0\0"A\xFF\0q A\x07lt r! Aj! Aj! A\0H\r\0\v \0 6\0  k\v \0A\x006\0A\x7F\v\0 @ \0 \x9C\v\v\xFD\x7F~#\0A\xF0\0k"$\0@ B\x80\x80\x80\x80pT\r\0 \0(!\x07 B\x007\` B\x007X  \x076l A46h \x7F  6P A\xD8\0j"\x07A\xD8\xC2\0 A\xD0\0j\xFD A\x7FG@  6D  6@ \x07A\x9F\x90 A@k\xFD\v A\xD8\0jA
 \0 \xA9"\bB\x80\x80\x80\x80\xE0\0Q\r \0 A3 \bAA\0H\r \0 A4 \xADAA\0H\r \0 A5 \xADAA\0H\r \0( \x07\vA\x94j! E!@@ (\0"E\r\0 -\0$A\bq\r\0 AqA!E\r@ \0 )\b\x81"E@ A\xE9\xA66  A\xD8\0jA\xD8\xC2\0 A j\xFD\f\v  A\xE9\xA6 -\0\0\x1B60 A\xD8\0jA\xD8\xC2\0 A0j\xFD \0 Q\v@ (\b"/\xFF@ ( "-\0AqE\r  ( (A\x7Fsj A\xD4\0j\x80!  \0 (D\xA6"A\xFC\xA6 \x1B6 A\xD8\0j"A\xC5\xC2\0 Aj\xFD \0 Q @  6\0  (T6 A\x9F\x90 \xFD\v A\xD8\0jA)\f\v A\xD8\0jA\xF3\xB1A\0\xFD\v A\xD8\0jA
A!\f\v\v A\xD8\0jA\0B\x80\x80\x80\x80 !\b (X! (dE@ \0 \xA9!\b\v @ (l A\0 (h\0\v \0 A9 \bA\v A\xF0\0j$\0\v\x82\x7F#\0A\xA0k"$\0  \0 A\x9Ej \x1B"\x006\x94   A\0Gk6\x98 A\0A\x90\xFC\v\0 A\x7F6L A56$ A\x7F6P  A\x9Fj6,  A\x94j6T \0A\0:\0\0   A\xE0\0A\xE1\0\xAF A\xA0j$\0\v\xA8\0@ A\x80\bN@ \0D\0\0\0\0\0\0\xE0\x7F\xA2!\0 A\xFFI@ A\xFF\x07k!\f\v \0D\0\0\0\0\0\0\xE0\x7F\xA2!\0A\xFD  A\xFDO\x1BA\xFEk!\f\v A\x81xJ\r\0 \0D\0\0\0\0\0\0\`\xA2!\0 A\xB8pK@ A\xC9\x07j!\f\v \0D\0\0\0\0\0\0\`\xA2!\0A\xF0h  A\xF0hM\x1BA\x92j!\v \0 A\xFF\x07j\xADB4\x86\xBF\xA2\v&\x7F#\0Ak"$\0  6\f \0   \xA7 Aj$\0\v\x99| \0 \0\xA2"  \xA2\xA2 D|\xD5\xCFZ:\xD9\xE5=\xA2D\xEB\x9C+\x8A\xE6\xE5Z\xBE\xA0\xA2  D}\xFE\xB1W\xE3\xC7>\xA2D\xD5a\xC1\xA0*\xBF\xA0\xA2D\xA6\xF8\x81?\xA0\xA0! \0 \xA2! E@   \xA2DIUUUUU\xC5\xBF\xA0\xA2 \0\xA0\v \0  D\0\0\0\0\0\0\xE0?\xA2  \xA2\xA1\xA2 \xA1 DIUUUUU\xC5?\xA2\xA0\xA1\v\x92|D\0\0\0\0\0\0\xF0? \0 \0\xA2"D\0\0\0\0\0\0\xE0?\xA2"\xA1"D\0\0\0\0\0\0\xF0? \xA1 \xA1    D\x90\xCB\xA0\xFA>\xA2DwQ\xC1l\xC1V\xBF\xA0\xA2DLUUUUU\xA5?\xA0\xA2  \xA2" \xA2  D\xD48\x88\xBE\xE9\xFA\xA8\xBD\xA2D\xC4\xB1\xB4\xBD\x9E\xEE!>\xA0\xA2D\xADR\x9C\x80O~\x92\xBE\xA0\xA2\xA0\xA2 \0 \xA2\xA1\xA0\xA0\v\x8D\0 \0 \0 \0 \0 \0 \0D	\xF7\xFD\r\xE1=?\xA2D\x88\xB2u\xE0\xEFI?\xA0\xA2D;\x8Fh\xB5(\x82\xA4\xBF\xA0\xA2DUD\x88U\xC1\xC9?\xA0\xA2D}o\xEB\xD6\xD4\xBF\xA0\xA2DUUUUUU\xC5?\xA0\xA2 \0 \0 \0 \0D\x82\x92.\xB1\xC5\xB8\xB3?\xA2DY\x8D\x1Bl\xE6\xBF\xA0\xA2D\xC8\x8AY\x9C\xE5*\0@\xA0\xA2DK-\x8A':\xC0\xA0\xA2D\0\0\0\0\0\0\xF0?\xA0\xA3\v&\x7F#\0Ak"$\0 Aj \0A\xC0 ( Aj$\0\v\xC2\b\x7F@ E\r\0@ AF@ Aq"E Aq"Er!\b A\0G q!	@ A\xFAF\r@@  At(\xD0\xB9"AvAq"vAqE\r\0 Av! A\bvA\xFF\0q!\x07@@@ Ak\0\v 	\r  j!A\0!@  \x07O\r  j! Aj! \0  AjpE\r\0\v\f\v \bE\r\0 Aj! E@ \0  p\r\v \0  Aj"pE@ E\r \0  AjpE\r\vA\x7F\v \0   \x07jp\r\v Aj!\f\v\vA\x7F  vAq@ At(\xB4\xA8 r!\v Aj!\f\v\0\v\0\vA\0\v\x89 \x7F#\0A\xD0k"$\0  (\0"\x076\x9C@@@@@@@@@@@@@@@@@@@@@@@@@ \x07-\0\0"A!k"\bAM@A \bt"\bA\xBD\xDC\x80pq\r \bA\x80\xA3q\r\v@@ A\xDB\0k
\0\v@ A\xFB\0k\0\v \r	A\0! \x07 \0(I\r\f\v \x07Aj"
 \0(O\r  \x07Aj"6\x9C \x07-\0"\bA(k"AK\rA tA\xCF\x81\x80q@ \b!\f\v AG@ AG\rA!\v\f\vA-! \r \0((E\r\f\v \0(,E\r \x07-\0 G\r \0A\xF1\xD7\0A\04\f\v@@@@ \b"A\xD0\0k												\0\v@ \bA\xF0\0k\x07	\0						\b\vA!\v\f\vA!\v\f\vA!\v\f\vA!\v\v E@ \v!\b\f\v \vAtA\fq(\xE4\xB8"\b/\0 \0(L!\0 B\x007 A*6  \x006\fA\0! A\x006\b B\x007\0 B\x007 \vAq!
 \bAj!At!A\0!\b@  G@  Atj/\0!\0 (\0"\x07 (N@  \x07Aj\xA3\r (\0!\x07 (\b!\b\v  \x07Aj6\0 \b \x07Atj \x006\0 Aj!\f\v\v 
@ \x83\r\v \vA\x80\x80\x80\x80r!\f\v@ -\0\0"\bA\xDFqA\xC1\0kA\xFFqAO@ \0((! E \bA\xDF\0F \bA0kA\xFFqA
IrEr\r \r\v  \x07Aj6\x9C \bAq!\f\v \r\r  
6\x9CA\xDC\0!\f\v E\r \0((E\r -\0\0A\xFB\0G\r \0(,!
 A\xE0j!@@@@ Aj!\v -\0"\x07\xA1E\r\0  A\xE0jkA>K\r  \x07:\0\0 Aj! \v!\f\v\v A\0:\0\0 A\xA0j!@ \x07A=G\r\0 Aj!\v@ \v-\0\0"\x07\xA1E\r  A\xA0jkA?O@ \0A\x81\xEF\0A\04\f  \x07:\0\0 Aj! \vAj!\v\f\v\0\v\0\v A\0:\0\0 \x07A\xFD\0G@ \0A\xF4\xB5A\04\f\vA!@@ A\xE0j"A\xA4)A\x07}E\r\0 A\xC0\x90A}E\r\0A\0! A\xEC<A}E\r\0 (\xE0A\xF3\xC6\xE1G\r\v \0(L! B\x007 A*6  6\f A\x006\b B\x007\0 B\x007A\xA0\xDE A\xA0j\xB9"\rA\0H@ y \0A\x8D)A\04\f\v\x7F @ Aj!\x07 A\bj! ! A\fj\f\v A\xCCj!\x07 A\xC4j! A*6\xCC  6\xC8 A\x006\xC4 B\x007\xBC A*6\xB8  6\xB4 A\x006\xB0 B\x007\xA8 A\xBCj! A\xC8j\v!A\0!@@ A\x81L@ 	!\f Aj!
 -\0\xB0\xF2"	\xC0\x7F 
 	A\xFF\0q"	A\xE0\0I\r\0 
-\0\xB0\xF2!
 	A\xEF\0M@ 	A\bt 
rA\xA0\xBFk!	 Aj\f\v A\xB2\xF2j-\0\0 	Atr 
A\btrA\xA0\xDF\xBFk!	 Aj\v! 	 \fjAj!	A\0N\r Aj!
 \r@ -\0\xB0\xF2! 
! \r G\r\v 
!  \f 	pE\r\f\v\v \rE@ \x83\r\v \r\fA\0!\f \rA;F! \rAG!A\0!@ A\xFD	L@ \f!
 ,\0\xC0\x88"A\xFFq!	\x7F Aj" A\0N\r\0 -\0\xC0\x88!\f A\xBF\x7FM@ 	A\bt \frA\x80\xFFk!	 Aj\f\v A\xC2\x88j-\0\0 	Atr \fA\btrA\x80\xFF\xFEk!	 Aj\v! 	 
jAj!\f -\0\xC0\x88!@  ErE@ A\xC1\x88j!A\0!@  F\r  j!	 Aj! \r 	-\0\0G\r\0\v A\xA8j 
 \fpE\r\f\v E\r\0 A\xA8j 
 \fp\r\v Aj j!\f\v\v \rA;G \rAGqE@ A\xA8j\x83\r  (\b (\0 (\xB0" (\xA8A\x82\r\f\f\v  (\b (\0 (\xB0" (\xA8A\0\x82E\r\v\v (\xB0! (\xB4! (\xB8!\0@ \r\0 (\0 (\0A\0 \x07(\0\0  A\0 \0\0\f\0\v\0\v@ A\xE0j"A\xA0A}@ A\xD7\x90A}\r\v \0(L! B\x007 A*6  6\f A\x006\b B\x007\0 B\x007  A\xA0j\xA0"E\r\v y A~G\r\r \0A\xFFA\04\f\v -\0\xA0\r\0 \0(L! B\x007 A*6  6\f A\x006\b B\x007\0 B\x007  A\xE0j"\xA0"A\x7FF\r\v A\0N\r
@A\x80\x98 \xB9"A\0H\r\0\x7F@@@@@@@@@@@@@@@@@@@ A$k\0\r\f\v\x07\b
	\v A\0A\x80\x80\xC4\0pE\r\f\v B\x86\x80\x80\x80\xF0\x007\b B\x80\x80\x80\x807\0  \x81\f\v B\x83\x80\x80\x80\xF0\x007  B\x81\x80\x80\x807 B\x80\x80\x80\x80\x80\x807  Aj\x81\f\v A@kB\x83\x80\x80\x80\xF0\x007\0 B\x81\x80\x80\x80078 B\x80\x80\x80\x80\xC0\x0070  A0j\x81\f\v B\x83\x80\x80\x80\xF0\x007\` B\x81\x80\x80\x80\xC0\x007X B\x80\x80\x80\x80 7P  A\xD0\0j\x81\f\v A\x076\x90 B\x83\x80\x80\x8007\x88 B\x83\x80\x80\x807\x80 B\x81\x80\x80\x80\xC0\x007x B\x80\x80\x80\x80\xE07p  A\xF0\0j\x81\f\r\v B\x83\x80\x80\x80\xF0\x007\xC8 B\x81\x80\x80\x80 7\xC0 B\x83\x80\x80\x8007\xB8 B\x83\x80\x80\x807\xB0 B\x81\x80\x80\x80\xC0\x007\xA8 B\x80\x80\x80\x80\xE0\x877\xA0  A\xA0j\x81\f\f\v A\x076\xE8 B\x83\x80\x80\x80\xE0\x007\xE0 B\x81\x80\x80\x80\xD0\x007\xD8 B\x80\x80\x80\x80\x90\xA8\x80\x80?7\xD0  A\xD0j\x81\f\v\v B\x83\x80\x80\x80\xF0\x007\x80 B\x81\x80\x80\x80\xD0\x007\xF8 B\x80\x80\x80\x80\x80(7\xF0  A\xF0j\x81\f
\v B\x84\x80\x80\x80\xF0\x007\xC8 B\x83\x80\x80\x80\xE0\x007\xC0 B\x81\x80\x80\x80\xB07\xB8 B\xA5\x80\x80\x8007\xB0 B\xA4\x80\x80\x807\xA8 B\x83\x80\x80\x807\xA0 B\x81\x80\x80\x80\xF0\x007\x98 B\x80\x80\x80\x80\xE0\x877\x90  A\x90j\x81\f	\v A\x076\x98 B\x86\x80\x80\x80\xC0\x007\x90 B\x8C\x80\x80\x8007\x88 B\x83\x80\x80\x807\x80 B\x81\x80\x80\x80\xD07\xF8 B\x81\x80\x80\x80\xC07\xF0 B\x88\x80\x80\x8007\xE8 B\x83\x80\x80\x807\xE0 B\x81\x80\x80\x80\xF0\x007\xD8 B\x80\x80\x80\x80\xE0\xDF\xC1\x007\xD0  A\xD0j\x81\f\b\v A\xE4\f\x07\v A\xE4\f\v A\x07\xE4\f\v B\x85\x80\x80\x80\xF0\x007\xB0 B\x81\x80\x80\x80\xD07\xA8 B\x82\x80\x80\x807\xA0  A\xA0j\x81\f\v B\x85\x80\x80\x80\xF0\x007\xD0 B\x81\x80\x80\x80\xE07\xC8 B\x82\x80\x80\x80\xC0\x007\xC0  A\xC0j\x81\f\v B\x85\x80\x80\x80\xF0\x007\xF0 B\x81\x80\x80\x80\xF07\xE8 B\x82\x80\x80\x80\xC0\x007\xE0  A\xE0j\x81\f\v B\x85\x80\x80\x80\xF0\x007\x90 B\x81\x80\x80\x80\xA07\x88 B\x81\x80\x80\x80\xF07\x80  A\x80j\x81\f\v A#K\r  Aj\x81\vA\x7FG\r\v\f\f\v 
E \bA\xD0\0Fr\r\0 \0(L!A*!\x07 A*6\xCC  6\xC8 A\x006\xC4 B\x007\xBC\x7FA\xB0\xA3 A\xE0j\xB9"A\0H@A~!A\0\f\v   A\xBCj\x9F! (\xC8! (\xCC!\x07 (\xC4\v!  A\0 \x07\0 A\x7FF\r\v A\0N\r
\v \0A\x92\xF5\0A\04\f\v A\0A\x80p\r	\f\b\vA\xF1\0!\b E Er\r \0(,E\r -\0\0A\xFB\0G@ \0A\xBF\xD1\0A\04\f\v \0(L! B\x007\xE8 B\x007\xE0  6\xF4 A*6\xF0 B\x007 A*6  6\f A\x006\b B\x007\0 B\x007@ A\x006\xE4  Aj6\xA0@ (\xA0"-\0\0A\xFEqA\xFC\0G@ \0A\0 A\xA0jA\0\xE5"A\0H\r\b A\xE0j \xBEE\r\f\x07\v\v  (\xE4Av (\xE0"\xCC\r -\0\0A\xFD\0G\r\0\v \0(0@ \0 A\xB8\r\v @ (\xF4 A\0 (\xF0\0\v  Aj6\x9CA\x80\x80\x80\x80!\f\v \bA$F\r\v  
6\x9C A\x9Cj \0(("At\xE8"A\0N\r \r	 (\x9C!\x07 \b!\v A\x80I\r\r \x07A A\x9CjM"A\x80\x80I\r \0((\r \0A\xDC\xD0\0A\04\f\f\v \0A\xF4\xD2\0A\04\f\v\v \0\xE9\v (\xE0"\0E\r (\xF4 \0A\0 (\xF0\0\f\v (\0 (\0A\0 \x07(\0\0 (\xB4 A\0 (\xB8\0\v@ \0(0E\r\0 \0(,E\r\0 \0  \0((\xB8\r\v \bA\xD0\0F@ \x83\r\v \0(0E\r \0(,\r \0  \0((\xB8E\r\v y\v \0\xE9\f\v  \vAj6\x9CA\x80\x80\x80\x80!\f\v \0A\xAA\xD9\0A\04\f\v y\f\v \0A\xD1\x85A\04\f\v \0(,E\r \0A\xC0\xD7\0A\04\vA\x7F!\f\v  \x07Aj6\x9C\v  (\x9C6\0\v A\xD0j$\0 \vk~\x7F \0(\0!@ -\0\0"A:kA\xFFqA\xF6O@ B
~ \xADB\xFF\x83|B0}"B\xFF\xFF\xFF\xFF\x07T" r@ B\xFF\xFF\xFF\xFF\x07 \x1B! Aj!\fA\x7F\v\0\v\v \0 6\0 \xA7\v3\x7F \0(\0!@@ AH\r\0 \0 Atj(\0\r\0 \0 Ak"6\0\f\v\v\v\x9C~\x7F@@ B \x88"PE \xA7A	jAIqE@ B\x80\x80\x80\x80\xF0~T\r\f\v@ B\x80\x80\x80\x80pT\r\0 \xA7"/AG\r\0 ) "B \x88"PE \xA7A	jAIq\r\0 B\x80\x80\x80\x80\xF0~T\r\f\v \0A\x93\xCF\0A\0B\x80\x80\x80\x80\xE0\0!\v \v \xA7"\0 \0(\0Aj6\0 \v\xF6\x7F~#\0A k"$\0~@  \xB8"A\x80\x80\x80\x80O@ \0A\x91\xE7\0A\06\f\v  F@ \0  u\f\v \0 Aj" CE@  j!\0  j!   \x95@ \0 K@ ,\0\0"A\0N@ Aj 5 Aj!\f@  \0 k AjM"A\xFF\xFFM@ (!\f\v A\xFF\xFF\xC3\0M@ (! Aj A
vA\xC0\xAFj\x84 A\xFF\x07qA\x80\xB8r!\f\v@A\xFD\xFF! \0 M\r ,\0\0A@H@ Aj!\f\v\v@ \0 Aj"M@ \0!\f\v ,\0\0A@H\r\0\v\v Aj \x84\f\v\0\v\v Aj<\f\v (("\0Aj (\b \0(\0\0\vB\x80\x80\x80\x80\xE0\0\v A j$\0\vO\x7F~@ B\x80\x80\x80\x80pT\r\0 \xA7"/A
G\r\0 ) "B \x88"PE \xA7A	jAIq\r\0 \0  H\v \0A\x845A\0A\x7F\vf\x7F#\0Ak"$\0\x7F@@ -\0\0"E\r Aj! \0-\0\0! \0Aj!\0  F\r\0\vA\0\f\v \0,\0\0"A\0H\x7F \0A A\fjM \v\xFAE\v Aj$\0\vN\x7FA\x7F!@ \0A\xFB\0+\r\0 \0(\bA\xFD\0G@ \0q@ \0A\x07\xE5\r \0(\bA\xFD\0G\r\0\v \0\xE3\vA\x7FA\0 \0\x1B!\v \vc\0 \0  S"\0A\0N@ (p \0Alj" -\0\fAq Atr:\0\f  (\xBC"6  (\xC06\b (\xCC Atj \x006  \x006\xC0\v \0\vm\x7F \0 A\xFCjA A\xF8j (\xF4AjTE@  (\xF4"Aj6\xF4 (\xFC Atj"A\x7F6\0  -\0A\xF8q:\0  (\xBC6\b  \0  6\f\v \vZ\x7F \0(\0 \0(4"A\xB4jA\b A\xBCj (\xB8AjT@ \0(\0 A\x7F\v  (\xB8"\0Aj6\xB8 (\xB4 \0Atj 7\0 \0\v\x87\x7F \0(4A\xB6 \0A\xFA\0 \0(4"A\x80j /\xBC \0(4A \0A\xE8\0A\x7F#! \0(4A\xB6 \0A\b \0(4A\x80jA\0 \0(4A\x1B \0(4A$ \0(4A\x80jA\0 \0 $ \0(4A\v9\0 \0   \xED"\0A\0N@ (p \0Alj" -\0\fA\xF4q AtrAr:\0\f\v \0\vI\x7F@ \0\x98"\0A#k"AMA\0A tA\xE5\xE0q\x1B\r\0@@ \0A\xEA\0k\0\v \0A\xEAkAI\r\vA!\v \v.\0 \0A\f'"\0@ \0 6\b \0 6 \0 (6\0  \x006\v \0\v\x9E\x7F (\xC0"	A\xFE\xFFN@ \0A\x98\xC0\0A\06A\x7F\vA\x7F!\b \0 A\xC8jA\b A\xC4j 	AjT\x7FA\x7F  (\xC0"\bAj6\xC0 (\xC8 \bAtj"\b ; \b \b/\0A\xE0\xE1q r Atr Atr \x07A\btr;\0 \b \0  6 (\xC0Ak\v\vk\x7F@ (\xA0"A\0N\r\0 \0  S"A\0H\r\0  6\xA0 Al"\0 (pj" -\0\fAqA\xC0\0r:\0\f -\0jAqE\r\0 (p \0j"\0 \0-\0\fAr:\0\f\v \v.\x7F@ (\x98"A\0N\r\0 \0 A\xD1\0S"A\0H\r\0  6\x98\v \v\xA8\x7F \0A\xFE\0IE@ \0A\xD0\x8AA\0\x1BA\x7F\vA\x7F!@ \0\r\0 \0(\bA\x81\x7FG@ \0A\xC0\x8AA\0\x1BA\x7F\v \0(\0 \0)1"E\r\0 \0 \0(\0!@  A\x7F\v   \xE3! \0(\0  A\0H\r\0 \0(\bAGF@ \0 ( Atj\xE2\r\v !\v \v\x9A\x7F@@ \0("A\0N\r\0 A\xFF\xFF\xFF\xFF\x07q! \0Aj!A\0!\0@ \0 N\r@  \0Atj/\0"A\x80\xF0qA\x80\xB0G@ \0!\f\v A\x80\xB8qA\x80\xB0G\r \0Aj" N\r  Atj/\0A\x80\xF8qA\x80\xB8G\r\v Aj!\0\f\0\v\0\vA\x7F!\0\v \0\v\xAB\x7F#\0A@j"$\0 \0(4! \0(\0!	 A\x006, \0(\f!  -\0j"Ar:\0j\x7F@@ \0\r\0@@ \0(\bA\x83\x7FF@ \0(E\r \0\xE6\f\v  AFr\r \0A\xE3\xF7\0A\0\x1B\f\v 	 \0( !\v \0\r\v E@ 	 \vA\x80 \v\x1B !\f\v \0q\x7F \0(\b"ALF@ \0\r \0\xB1\rA\f\v \0(4AA\0\v! \v@ \0  \vA\xA8A\0H\r\v \0A\xFB\0+\r Aj! \0q \0(4A (\x84! \0(4A\x80jA\0 \0(4A\xD3\0 \0 \vAA/ \f\x1B \v\x1B \0(4A\x80j  (\x98!A\0!@ AF@A	A\b ALF\x1B!@@@ !\x7F@ \0(\b"AVG@ A;G@A\0!
 A\xFD\0G\r \x07E\r \x07(\b!\f\v \0E\r\f	\vA\0!
@@ \0(,Ac"A;k\0\v A(F A\xFD\0Fr\r\v \0\r\b@@ \0(\b"A\xFB\0G@ A;k\v \0 ("\x7F  \0 \xC5\r\v (\v64 \0A\x07A\0 \0(\fA\0 A0j\x8AA\0H\r
 \0q \0(4A\xB6 \0A\b \0(4A\x80jA\0 \0(4A\x1B \0(4A$ \0(4A\x80jA\0 \0(4A \0\xE3 \0 \0(4(64\f\v A,6, \0(\f! !A\0!\bA,\f\v \0(4A\x1BA!
 !\v \0(\f! \0 A,jAA\0A\xC4"\bA\0H\r\x07 (,\v"A\xC0\0G 
rA \bA\xEF\xFF\xFF\xFF\x07q"\x1BE A\xFC\0Fr 
 A?Fqr@ \0A\xA7\xF7\0A\0\x1B\f\x07\v \bAq!\r@@@@ \bA\xEE\xFF\xFF\xFF\x07qAF@ \r@@   (\xBC\xC3"A\0N@ (p Alj"-\0\f"Av"A	MA\0A tA\xE0q\x1B Aj Fr A
 kF 
 AvAqGqr\r  AqA\x90r:\0\f\f\v \0(\0   Aj 
\xF1A\0H\r\r\v A6\b\v \0 AjA\0 A\0 A0j\x8A\r\v \r@ (0A6\xB8 \0(4A\xCD\0 \0(4A\xBB@ AG@ 	 \xDF"E\r \0  \0(\0  A\b 
\xF1 	 A\0N\r\f\v \0 \v \0(4"A\x80j /\xBC\f\v \0(4!@ E@ A\xD2\0\f\v A\xD1\0 \0 \v \0(4A\x80j \bAkA\xFFq\f\vA!A!\bA\0!@@@@@ \x07\0\v \0(\bA(F\r A?kAM@ \0A\xD0\xF7\0A\0\x1B\f\v \r@   (\xBC\xC3A\0N\r \0(\0  A 
\xF1A\0H\r \0(4A \0  \0(4A\xBB \0  \0(4"A\x80j /\xBC\v (\0E@ \0 \xC5\r\v@ E@ A0j" (\xDF jA\0:\0\0 	 
A\xF8\0r \xD9"E\r \0  A\xA8A\0H@ 	 \f\v \0(4A\xF0\0 \0(4A\xBB \0  \0(4"\bA\x80j \b/\xBC \0 (\0"\b64 \bA\xB6 \0A\b \0(4A\x80jA\0 \0(4A\xB6 \0  \0(4"\bA\x80j \b/\xBC  (Aj6 	 \f\v \0 (\0"64 A\xB6 \0A\b \0(4A\x80jA\0 \rE\r\0 \0(4A\xB6 \0  \0(4"A\x80j /\xBC\v@ \0(\bA=F@ \0\r \0RE\r\f\v \0(4A\v@ \r@ \0(4\xC2 \0(4A\xC2\0\f\v E@ \0(4\xC2 \0(4A\xCE\0 \0(4A\f\v \0 \xA9 \0(4A\xC9\0 \0 \v \0 \0(4(64 \0\xBCE\r\x07\f\vA!\b\f\vA\0!\b A\xC0\0G 
r@\f\v \x07E@A! !\f\v \0A\xC2\x81A\0\x1B\f\f\vA!\b\v \r@ A6\b\v \0  \b A\0 A(j\x8A\r
 @ ((!\x07\f\v \rE\r ((A6\xB8   (\xBC\xC3A\0H\r\v \0A\xE5\x8DA\0\x1B\f	\v \0(\0  A 
\xF1A\0H\r\b \0(4A\xCD\0 \0(4A\xCA\0 \0  \0(4A\xBB \0  \0(4"A\x80j /\xBC\f\v \0(4!@ E@ A\xD2\0\f\v A\xD1\0 \0 \v \0(4A\x80jA\0\v 
@ \0(4A\x1B\v 	 (, A\x006,\f\v\v \0(\0 \0(4A\0A\0 \0( \0(\f \0A\xC4\0j\x82"\x07E\r \0 \x0764 \x07A6X \x07B70 \x07B\x81\x80\x80\x807L \0q \x07 \x07(\xBC6\xF0\x7F ALF@ \x07A6T \x07B\x81\x80\x80\x807\\ \x07A6H \0(4A, \0(4A\xBB \0A\b \0(4A\x80jA\0A\x80\f\v \0(4A+A\x80\v! \0\xF0 \x07 ;h \0A\0\x8C \0 \x07(64 \x07 \0B\x80\x80\x80\x80 \xEF"6\b\v (\x80 j 6\0\0 -\0\xECAqE@ 	("Aj \x07(\x94 (\0\0 \x07 \0(, k"6\x98 \x07 	  \x8D"6\x94 E\r\v \0\r (\b@ \0(4A \0(4A\x07 \0(4A\x1B \0(4A. (\0"\x7F  \0 \xC5\r (\0\v(\x80 (\fjA
:\0\0\v \0 A\xFA\0A\xA8A\0H\r@ (\0"@ \0 \xD7\f\v \0(4A\v \0(4A\xBB \0A\xFA\0 \0(4"A\x80j /\xBC \0(4A (@ \0(4A \0(4A \0(4A.\v \v@ \0(4A \0(4A\xBB \0 \v \0(4A\x80j /\xBC\v ("@ \0(4A \0 \xD7 \0(4A$ \0(4A\x80jA\0 \0(4A\v \0\xE3 \0\xE3@ \f@ \0  \fA\xA8A\0H\r \0(4A\xBB \0 \f \0(4A\x80j /\xBC\f\v \v\r\0 \0(4A\xC3 \0(4A\x80j (\x98 kAj\vA\0 E\rA\0 \0 (\x9C \fA \f AG\x1BA\0\xE7\r\f  Alj" 6 A\x006\b B\x007\0 Aj!\f\v\0\v\0\v\v 	 (,A\x7F\v 	 \v 	 \f  :\0j A@k$\0\v1\x7F \0A\xFF\0M@ \0-\0\x80\xA1A>q\vA! \0A~qA\x8C\xC0\0G\x7F \0\xD6A\v\v.\x7F@ B\x80\x80\x80\x80pT\r\0 \xA7"/AG\r\0 A j\v \0A\x96A\0\vJ\x7F@  FE@A\0   j,\0\0"A\xBF\x7FJj A\xFFqA
F"\x1B! Aj!  j!\f\v\v \0 6\0 \v\x9F\x7F@@ B\x80\x80\x80\x80pT\r\0 \xA7"/"A\x80\bqE\r /"AkA\xFF\xFFqA\vM@ ( "\0(\r \0(\f( "\0(A\0H\r \0-\0	E\r\f\v \0((D Alj("E\r (("E\r \0  \v\0!\v \v  A\xFF\xFDq;A\v\0 \0  \xDD"\0@ \0B\x80\x80\x80\x8007 \v \0\v@\x7F B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0  \x8B! \0 ( A\0\x84 \0 \v\xA7\x7F~@@@ \0B \x88"B\xF8\xFF\xFF\xFFR@ \xA7A\x7FG\r \0\xA7" (Aj6 \0\v \0\xA7"(\b"A\xFF\xFF\xFF\xFFq"A\xFD\xFF\xFF\xFFO\r  Aj A\x80\x80\x80\x80|qr6\b \0\v \0B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R\r \0\vA\xA5\xAAA\xDF\x90A\xA6\x8CA\x89#\0\0\vA\xDF\xB1A\xDF\x90A\xA9\x8CA\x89#\0\0\v\x9A\x7F Aj! (!@  FE@ Ak! (! \0 \x81\f\v\v \0( (\x80 (\x84 (\xA0\xFE A\x80j\x89 \0("Aj (\xCC (\0\0 \0("Aj (\xA4 (\0\0 \0("Aj (\xD8 (\0\0A\0!@ (\xB4!  (\xB8NE@ \0  Atj)\0 Aj!\f\v\v \0("Aj  (\0\0 \0 (lA\0!@ (p!  (xNE@ \0  Alj(\0 Aj!\f\v\v \0("Aj  (\0\0A\0!@ (|!  (\x84NE@ \0  Alj(\0 Aj!\f\v\v \0("Aj  (\0\0A\0!@ (\xFC!  (\xF4NE@ \0  Atj(\f Aj!\f\v\v \0("Aj  (\0\0A\0!@ (\xC8!  (\xC0NE@ \0  Atj( Aj!\f\v\v \0("Aj  (\0\0 (\xCC" A\xD0jG@ \0("Aj  (\0\0\v \0 (\xF0 A\xFCj\x89 \0("Aj (\x94 (\0\0 (@ (" ("6  6\0 B\x007\v \0("\0Aj  \0(\0\0\v\x9D\x7F \0A\xA4?"\x07@ \x07 \x006\0 \x07A\x7F6\b \x07 6 \x07 \x07Aj"\b6 \x07 \b6 @ ("\b \x07Aj"	6 \x07 Aj6 \x07 \b6  	6 \x07 -\0j:\0j \x07 (\xBC6\f\v \x07 \x07-\0\xECA~q \0(-\0\xE4AvAqr":\0\xEC \0(-\0\xE4!\b \x07 6, \x07 6  \x07 A\xFDqAA\0 \bAq\x1Br:\0\xEC \0(! \x07B\x007\x88 \x07B\x007\x80 \x07 6\x94 \x07A\x7F6\x98 \x07A\xC5\x006\x90 \x07A\x006l \x07A\x90jA\xFFA(\xFC\v\0 \x07B\x84\x80\x80\x807\xC4 \x07 \x07A\xD0j6\xCC \x07B\x7F7\xD0 \x07A\x7F6\xF0 \x07B\x80\x80\x80\x80p7\xBC \x07 \0 \x8B6\xF0 (\f! \x07 6\xF8 \x07  k6\xF4 \0(!\0 \x07B\x007\x84 \x07B\x007\xFC \x07 \x006\x90 \x07A46\x8C \x07 6\x9C\v \x07\v\0 \0    A\0A,A\xAA\v\xB7~\x7F@@ \0  V"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@ \xA7"\b]E@ \b( "	(\f( !
 \0 \xAD" A\xA7\xC8j1\0\0\x86\xEB"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \b]E\r \0 \v \0\x93\f\v\x7FA\0 B\x80\x80\x80\x80pT\r\0A\0 \xA7"\x07/AG\r\0 \x07( \v!\x07 \0  B\0 A\0\xEA\r \b/ G@A\0!@  F\r \0  \xA3"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0   \x91 Aj!A\0N\r\0\v\f\v \x07(\0"\0E\r\0 \x07(\f 
(\f 	(j \0\xFC
\0\0\v \v \0 B\x80\x80\x80\x80\xE0\0\vc\x7F#\0A k"$\0 \0 \x7F B\0Y@  \xEE\f\v A-:\0\0 ArB\0 }\xEEAj\vu"B\x80\x80\x80\x80\xE0\0R@ \0( \xA7A\xC6!\v A j$\0 \v\xB2	~\x7F#\0Ak"$\0@ B\x80\x80\x80\x80pT\r\0 \xA7"/AF@ -\0A\bq\r\vA\0!\v  |!\r  |! A\0N!@@  
W@A\0!\f\v~ E@ \r 
B\x7F\x85"\b|!	 \b |\f\v  
|!	  
|\v!\v@@ E\r\0 -\0A\bqE \vB\0Sr\r\0 5(" \vX  	Xr\r\0  
}!\x07 E@B\0!\b \x07 \vB|"  \x07U\x1B"\x07 	B|"  \x07U\x1B"\x07B\0 \x07B\0U\x1B!\f@ \b \fQ\r ($" 	 \b}\xA7Atj!  \v \b}\xA7Atj)\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0  ! \bB|!\b\f\0\v\0\vB\0!\b \x07  \v}"\f \x07 \fS\x1B"\x07  	}"  \x07U\x1B"\x07B\0 \x07B\0U\x1B!\f@ \b \fQ\r ($" \b 	|\xA7Atj!  \b \v|\xA7Atj)\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0  ! \bB|!\b\f\0\v\0\vA\x7F! \0  \v A\bj\\"A\0H\r@ @ \0  	 )\b\x9AA\0N\r\f\v \0  	\x8EA\0H\r\vB!\x07\v \x07 
|!
\f\v\v Aj$\0 \v\x81~\x7F \0 )\0"["E@B\x80\x80\x80\x80\xE0\0\v \0 B\x80\x80\x80\x800\x93"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80\xE0\0Q@ \v A\bj! B\x80\x80\x80\x800Q@ \0B\x80\x80\x80\x800 \0  /\xED\v \0  Ak \xEC \0 \vh~\x7F B\x80\x80\x80\x80\bY@ \0A\x9F\xE4\0A\02B\x80\x80\x80\x80\xE0\0\v \0B"B\x80\x80\x80\x80\xE0\0Q B\0WrE@ \0 \xA7" \xA7"\x99A\0H@ \0 B\x80\x80\x80\x80\xE0\0\v  6(\v \v\xBA~\x7F#\0Ak"\x07$\0@ \0 AV"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@@ AG\r\0 )\0"B \x88"PE \xA7A	jAIq\r\0 B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 \x07A\fj A\xCB\r \0 A2~ \x07(\f"A\0N@ \xAD\f\vB\x80\x80\x80\x80\xE0~ \xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v;A\0H\r\f\v A\0 A\0J\x1B!@  F\r  Atj)\0"B\x80\x80\x80\x80\xF0~Z@ \xA7"\b \b(\0Aj6\0\v \0   \x91 Aj!A\0N\r\0\v\v \0 B\x80\x80\x80\x80\xE0\0!\v \x07Aj$\0 \v.\x7F (\0AG@ ("@ \0 \xFC A\x006\v A6\0\v\va~@@ \0g"B\x80\x80\x80\x80\xE0\0Q@ !\f\v \0 A\xC4\0 A\x07A\0H\r\0 \0 A\xED\0 A\0G\xADB\x80\x80\x80\x80\x84A\x07A\0N\r\v \0 B\x80\x80\x80\x80\xE0\0!\v \v;\0 \0 A\xE0"\0E@B\x80\x80\x80\x80\xE0\0\v At"@ \0Aj  \xFC
\0\0\v \0\xADB\x80\x80\x80\x80\x90\x7F\x84\v+\0 \0 Aj'"\0@ @ \0  \xFC
\0\0\v \0 jA\0:\0\0\v \0\v\x8C\x7F@@ B\x80\x80\x80\x80pT\r@@@@@@ \xA7"/"A\fk\x07\0\v A2F\r A6k\0\0\v ( (4\v ( "E\r -\0E\r \0\xC2A\0\v ( !\v )\0!\f\v\v ( !\0\v \0\vA\x7F  (\0"Ak6\0 AL@ (\bA\x80\x80\x80\x80O@ \0 \xB1\v \0Aj  \0(\0\0\v\vl\x7F~@@@ E@\f\v ,\0\0A:kAuK\r !  \xB8 G\r\v \0(  \xF2"\r\vA\0! \0  \xE9"B\x80\x80\x80\x80\xE0\0Q\r\0 \0( \xA7\xB3!\v \v\0A\0\v\xC5~B\x80\x80\x80\x80\xE0\0!\b~ \x07@ \0 A\f \x07\xF2\f\v \0 A\fi\v"B\x80\x80\x80\x80\xE0\0R~ \0 \0(\0Aj6\0 \xA7"\x07 ;* \x07 :\0) \x07 :\0( \x07 6$ \x07 \x006  \x07 \x07/A\xFF\xDFqA\x80 A\0 AkAI\x1Br; \0 A\xDF\xC0 \x1B\x8B"E@ \0 B\x80\x80\x80\x80\xE0\0\v \0   \xA4 \0  B\x80\x80\x80\x80\xE0\0\v\v\0 \0      \0)@A\0\x92\v{\x7F#\0A\x90k"$\0A\x8C\xB8!@@@@ Aj\0\vA\xCD\xB7!\f\vA\xF86!\v \0( A\xD0\0j \x85!  \0( Aj (\x856  6\0 \0  \x95\v A\x90j$\0\v\x84\x7F#\0Ak"$\0 A\x006\f B\x007 \0     Aj\xB6 (\f"A\0 A\0J\x1B! (!@  FE@ \0  Atj( Aj!\f\v\v \0("\0Aj  \0(\0\0 Aj$\0\v\0 \0 \0((D Alj(A\xFE\x89\x94\vM\x7F A\0 A\0J\x1B!A!@  FE@ \0 At"j   j(\0A\x7Fsj"6\0 Aj!  K!\f\v\v\vL~\x7F \xAD!A\0!@  FE@ \0 At"\x07j \xAD  \x07j5\0 ~|">\0 Aj! B \x88\xA7!\f\v\v \v:\x7F@ -\0\0"@  \0-\0\0G@A\0 Aj! \0Aj!\0\f\v\0\v\v  \x006\0A\v[~\x7F@@ B \x88"B\xF7\xFF\xFF\xFFR@ \xA7"A\x07F\r \r \0 >\b \0B\x80\x80\x80\x807\0 \0\v \xA7\v.\0\v \0 >\b \0B\x80\x80\x80\x807\0 \0\v\xC6\x7F (! \0(A\0N@ A\0N@ \0 jAj  jAj }\vA\0  AtjAj \0 jAj \xC4k\v Aj! \0 AtjAj! A\0N@   j \xC4\v A\0 A\0J\x1B!  Atj!A\0!\0@ \0 F@A\0\v \0At! \0Aj!\0  j/\0  j/\0k"E\r\0\v \vC\0 B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83B\x80\x80\x80\x80\xF0\0\x84\v \0 \xBB"\0\xADB\x80\x80\x80\x80\xF0~\x84B\x80\x80\x80\x80\xE0\0 \0\x1B\v\xFE\x7FA\x7F!@ \0 A\0\xD8\r\0 ((" ("( j" (K@ \0 Aj  \xC7\r\v ($!A\0!@ /A	F@@  F\r \0  A\x80\x80\x80\x80xrA'~ (\x006\0 Aj! Aj!\f\0\v\0\v@  F\r \0  A\x80\x80\x80\x80xrA\x07~ )\x007\0 Aj! A\bj!\f\0\v\0\v \0("\0Aj ($ \0(\0\0A\0! A\x006( B\x007   /A\xFF\xEEq;\v \vC\0\x7FA\0  (\0(\0AvF\r\0A\x7F \0  \xD8\r\0 (\0"\0 \0(\0A\xFF\xFF\xFFq Atr6\0A\0\v\vl\x7F@@ \0Aq\r\0 A\x81qA\x81F A\x80\bqA\0 \0 sAq\x1Br\r A\x80\xF4\0qE\r\0 A\x800qE \0A0q"AFF\r \0Aq AFr\r\0 A\x82qA\x82F\r\vA!\v \v\xCB\x7F~#\0Ak"$\0@@ B\x80\x80\x80\x80pT\r\0 \xA7"\x07/A\fG\r\0 \x07-\0)A\fG\r\0 \0   \x7F  B\x80\x80\x80\x8007\b A\bj\v  \x07.* \x07($\0!\b\f\vB\x80\x80\x80\x80\xE0\0!\b@ \0    "B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@ B\xFF\xFF\xFF\xFFoV\r \0  \0A\xAC4A\0\v A\x006\0\f\v A6\0 !\b\v Aj$\0 \b\vE\x7F@ A\x80\x80qE@ A\x80\x80qE\r \0((\x94"E\r -\0$AqE\r\v \0 A\xC1\x94A\x7F!\v \v=\x7F  \0(\xF4 (A  \0(\xE8kvAtj"(\x006(  6\0 \0 \0(\xF0Aj6\xF0\v\xA1\x7F B\x80\x80\x80\x80pT@A\0\v \xA7"\x07("A(j!\b  ( qA\x7FsAtj(\0!@@ E\r  \b Atj"(G@ (\0A\xFF\xFF\xFFq!\f\v\v.\0\v \0 \x07  A\x07qA0r~"E@A\x7F\v \0 \0(\0Aj6\0  6  \0 r6\0A\v!\0 \0 A2 \xADA \0 A: \0 3A\v\xF3~\x7F| A\bk"\v)\0!@ \0 Ak"
)\0A\xB5"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@ \0 A\xB5"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 
\x7FA\b B \x88\xA7" A\bkAoI\x1B"\x07Aj"A~IA\b B \x88\xA7"\b \bA\bkAoI\x1B"Aj"	A~IrE@\x7F \x07AyG AyGrE@ \xA7 \xA7\x84\f\v  A\0\xCA\v! \0  \0 \x7F@@@@ A\xA1k\0\v Av\f\v A\0L\f\v A\0J\f\v A\x7FsAv\v\f\v@@@@@@@@@@ \x07	\0\0\0\0\v A\bMA\0A tA\x87q\x1B\r\b \x07A\x07G 	A~Ir\r\f\v \x07AwG\r\v 	A}K\r\v A\x07G AwGqE A~Oq\r \0 n"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\b \0 n"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\x07 B \x88\xA7!\b\f\v A~I\r\v \0 \xC9"B \x88"B\x07R \xA7AwGq\r 	A~I\r\v \0 \xC9"B \x88"\xA7"\bA\x07F B\xF7\xFF\xFF\xFFQr\r\v \0  \0 A\0\f\v@A\b B \x88\xA7" A\bkAoI\x1B"\x07AwF \x07A\x07Fr\r\0A\b \b \bA\bkAoI\x1B"AwF\r\0 A\x07G\r\v \0   \xC9\f\v B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF \xA7\xB7 A\bF\x1B!\f B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF \xA7\xB7 \x07A\bF\x1B!\r@@@@ A\xA1k\0\v \f \rd\f\v \f \rf\f\v \f \rc\f\v \f \re\v\xADB\x80\x80\x80\x80\x847\0A\0\v !\v \0  
B\x80\x80\x80\x8007\0 \vB\x80\x80\x80\x8007\0A\x7F\v5\x7F@ \0B\x80\x80\x80\x80pT\r\0 \0\xA7"/A\fG\r\0 ($ G\r\0  .*F!\v \v<\x7F@  FE@ \0  Atj)\0 Aj!\f\v\v \0("\0Aj  \0(\0\0\v\x84\x7F#\0Ak"$\0@ B \x88B\xFB\xFF\xFF\xFF}B}X@ B\x80\x80\x80\x80\xF0~T\r \xA7"\0 \0(\0Aj6\0\f\v \0 A\fj \xE1"E@B\x80\x80\x80\x80\xE0\0!\f\v \0   (\fA\xDB\xA6  \xD9! \0 Q\v Aj$\0 \v\xBB~\x7F#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!@ \0 O\r\0 )\0!@@ )\b"\x07B \x88"\bBR@ AF\r \bBQ\r\f\v AF\r\v \0  A\0A\0!\f\v \0 A\fj \x07\x97"E\r\0 (\f!	~ Aq@ \0   	 \xD2\f\v \0   	 \v! \0  	\xA7\v Aj$\0 \v\x80\x7F (\b( "( !\x7F @  A\flj!A\f\v  A\flj /(A\flj!A\v!@@ -\0\bAq@ /
" /0O\r  j(\0 Atj! ( Atj(\0"@ ( G\r  (\0Aj6\0 \v \0A '"E@A\0\v A6\0 \0(!\0  -\0A\xE0qAr:\0 \0(P" A\bj"6  \0A\xD0\0j6\f  6\b \0 6P  6  ; A\0:\0\x07 A\0;\0 ( Atj 6\0 -\0$Aq@ A8k"\0 \0(\0Aj6\0\v  6 \vA\x84\x8CA\xDF\x90A\xF8\x81A\xFB\xEA\0\0\0\vA\xC8+A\xDF\x90A\xFA\x81A\xFB\xEA\0\0\0\vA\xE7\xEE\0A\xDF\x90A\xFE\x81A\xFB\xEA\0\0\0\v=\x7F~ \0 \xD1"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x800R\x7F B\x80\x80\x80\x80\xE0\0R@ \0 A\vA\x7FA\0\v\v\xFE\b\x7F~ A\xEE\xB3j-\0\0!\x07@@  Akq\r\0 g"AF\r\0A k" \x07l!\b !@ \0   \x07  \x07H\x1B"k"j 5  \xBF E\r  \bA\xD8\f\0\v\0\v AtA\x98\xB4j!\v A
G!\f !	@ 	E\r (\0! \v(\0"
\xAD!\rA\0!@ Ak"\bA\0HE@  Atj" (\0"\xAD \xADB \x86\x84 \r\x80\xA7"6\0   
lk! \b!\f\v\v \xE7 \0 	 	 \x07 \x07 	J\x1B"k"	j!
 \fE@ 
  \xC0\f\v@ A\0L\r 
 Ak"jA0A\xD7\0   n" lk"\bA
H\x1B \bj:\0\0\f\0\v\0\v\0\v  G\x7F \0 j!  k"\0@ Aj  \0\xFC
\0\0\v A.:\0\0 Aj \v\v\xA5~\x7FB!@@@ \0\v \0AG \0A
Gq AKrE@ AtA\xDC\xB7j5\0! AO~ A\x96\xB8j1\0\0B \x86 \x84 \v A\0 \0A
F\x1B\xAD\x86\vA gk! \0\xAD"!@ A\0H\r  ~ B  vAq\x1B~! Ak!\f\0\v\0\v \0\xAD!\v \v3\x7F \0(\0("Aj \0( (\0\0 \0A\x006\f \0B\x007 \0A\x7F6\v\xA4\x7F\x7F\x7F A\xFF\0M@ \0 :\0\0 \0Aj\f\v@ A\xFFM@ \0 AvA\xC0r:\0\0 \0!\f\v\x7F A\xFF\xFFM@ \0 A\fvA\xE0r:\0\0 \0Aj\f\v@ A\xFF\xFF\xFF\0M@ \0 AvA\xF0r:\0\0 \0!\f\v\x7F A\xFF\xFF\xFFM@ \0 AvA\xF8r:\0\0 \0Aj\f\vA\0 A\0H\r \0 AvA\xFCr:\0\0 \0 AvA?qA\x80r:\0 \0Aj\v" AvA?qA\x80r:\0\0\v  A\fvA?qA\x80r:\0 Aj\v" AvA?qA\x80r:\0\0\v  A?qA\x80r:\0 Aj\v \0k\v\vm\0@@@@@ AvAk\0\v (\0"@ \0 \xADB\x80\x80\x80\x80p\x84"\v ("E\r \0 \xADB\x80\x80\x80\x80p\x84"\v \0 (\0\x8D\v (\0\xFC\v \0 )\0"\v\v\xA3\x7F@@@ (\b"A\x80\x80\x80\x80|O@ \0(8! (\f!\f\v  \0(8" \0(4  \0($AkqAtj"(\0"Atj(\0"F@  (\f6\0\f\v@ ! E\r  (\f"Atj(\0" G\r\0\v  (\f6\f\v  Atj \0(<AtAr6\0 \0 6< (\b"A\x80\x80\x80\x80|O A\xFF\xFF\xFF\xFFqAkA\xFE\xFF\xFF\xFFIqE@ \0Aj  \0(\0\0\v \0 \0(("\0Ak6( \0A\0L\r\vA\x83\xAFA\xDF\x90A\x96A\xE12\0\0\vA\xB5\xADA\xDF\x90A\xB0A\xE12\0\0\v)\x7F@ \0B\x80\x80\x80\x80pT\r\0 \0\xA7"/\xFFE\r\0 ( !\v \vN\x7F#\0Ak"$\0\x7F@ A\fj \xC8E\r\0 (\f"A\0H\r\0 \0 \x8F A\x80\x80\x80\x80xr\f\v \0 A\xC6\v Aj$\0\v\0A\0\v\xF6\x7F@ \0E@A\xB8\xA9(\0@A\xB8\xA9(\0\xB5!\vA\xA0\xA8(\0@A\xA0\xA8(\0\xB5 r!\vA\x84\xB6(\0"\0E\r@ \0(L \0( \0(G@ \0\xB5 r!\v \0(8"\0\r\0\v\f\v \0(LA\0H!@@ \0( \0(F\r\0 \0A\0A\0 \0($\0 \0(\r\0A\x7F! E\r\f\v \0(" \0(\b"G@ \0  k\xACA \0((\0\vA\0! \0A\x006 \0B\x007 \0B\x007 \r\v\v \v\xD0|~\x7F@|@@ \0\xBD"B\xFF\xFF\xFF\xFF\x9F\xCF\xA0\xED?W@ B\x80\x80\x80\x80\x80\x80\x80\xF8\xBF\x7FZ@D\0\0\0\0\0\0\xF0\xFF \0D\0\0\0\0\0\0\xF0\xBFa\r \0 \0\xA1D\0\0\0\0\0\0\0\0\xA3\v B\x88\xA7A\x80\x80\x80\xCA\x07I\r B\x80\x80\x80\x80\xD0\xD8\xAF\xE9\xBF\x7FZ\r\f\v B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xF7\xFF\0V\r\v \0D\0\0\0\0\0\0\xF0?\xA0"\xBD"B \x88\xA7A\xE2\xBE%j"AvA\xFF\x07k \0 \xA1D\0\0\0\0\0\0\xF0?\xA0 \0 D\0\0\0\0\0\0\xF0\xBF\xA0\xA1 A\xFF\xFF\xBF\x80K\x1B \xA3D\0\0\0\0\0\0\0\0 A\xFF\xFF\xBF\x9AM\x1B! B\xFF\xFF\xFF\xFF\x83 A\xFF\xFF?qA\x9E\xC1\x9A\xFFj\xADB \x86\x84\xBFD\0\0\0\0\0\0\xF0\xBF\xA0!\0\xB7"Dv<y5\xEF9\xEA=\xA2 \xA0!\v D\0\0\xE0\xFEB.\xE6?\xA2 \0 \0 \0D\0\0\0\0\0\0\0@\xA0\xA3" \0 \0D\0\0\0\0\0\0\xE0?\xA2\xA2"  \xA2" \xA2"\0 \0 \0D\x9F\xC6x\xD0	\x9A\xC3?\xA2D\xAFx\x8E\xC5q\xCC?\xA0\xA2D\xFA\x97\x99\x99\x99\xD9?\xA0\xA2  \0 \0 \0DDR>\xDF\xF1\xC2?\xA2D\xDE\xCB\x96dF\xC7?\xA0\xA2DY\x93"\x94$I\xD2?\xA0\xA2D\x93UUUUU\xE5?\xA0\xA2\xA0\xA0\xA2 \xA0 \xA1\xA0\xA0\v\v \0\v\x8B\x7F#\0Ak"$\0@ A\fj \0  \x9D"A\0H\r\0  j! (\f!@ Aj!@ -\0\0"A?M@ \0 Av jAj"I\r  A\x07q jAj"6\f As!\f\v \xC0A\0H@   jA\xFF\0k"6\f\f\v -\0\0! A\xDF\0M@  A\bt r jA\xFF\xFF\0k"6\f Aj!\f\v  -\0 At A\btrr jA\xFF\xFF\xFFk"6\f Aj!\v \0 I\r As! !\f\0\v\0\v Aj$\0 \vP\x7F \0 \0("Ak6\x7F@ AJ\r\0 \0A\x90\xCE\x006 \0(("(\x98"\0E\r\0A~  (\x9C \0\0\r\vA\0\v\vi\x7F A!@@ \0-\0\0E@A\x7F!\f\v@\x7F \0A,\xBC"E@ \0A\f\v  \0k\v" F@ \0  }E\r\v \0 jAj!\0 \r\0\v Aj!\f\v\v \v3\x7F#\0Ak"$\0  6\b  Aj6\f \0 A\bjAA\0\xBA Aj$\0\v\xA4|~\x7F \0\xBD"B4\x88\xA7A\xFFq"A\xB2\bM| A\xFD\x07M@ \0D\0\0\0\0\0\0\0\0\xA2\v| \0\x99"\0D\0\0\0\0\0\x000C\xA0D\0\0\0\0\0\x000\xC3\xA0 \0\xA1"D\0\0\0\0\0\0\xE0?d@ \0 \xA0D\0\0\0\0\0\0\xF0\xBF\xA0\f\v \0 \xA0"\0 D\0\0\0\0\0\0\xE0\xBFeE\r\0 \0D\0\0\0\0\0\0\xF0?\xA0\v"\0\x9A \0 B\0S\x1B \0\v\v\x81\x7F\x7F@@@ "@ \0Aq@ A\xFFq!@ \0-\0\0"E  Fr\r \0Aj"\0Aq\r\0\v\vA\x80\x82\x84\b \0(\0"k rA\x80\x81\x82\x84xqA\x80\x81\x82\x84xG\r A\x81\x82\x84\bl!@A\x80\x82\x84\b  s"k rA\x80\x81\x82\x84xqA\x80\x81\x82\x84xG\r \0(! \0Aj"!\0 A\x80\x82\x84\b krA\x80\x81\x82\x84xqA\x80\x81\x82\x84xF\r\0\v\f\v \0A \0j\f\v \0!\v@ "\0-\0\0"E\r \0Aj!  A\xFFqG\r\0\v\v \0\v"\0A\0 \0-\0\0 A\xFFqF\x1B\vq\x7F (\0A\0H@  \0:6\0\v \0(4A \0(4A\xAE \0A\xE8\0A\x7F#!@ \0(4!  FE@ A Aj!\f\v\v A \0A\xEA\0 (\0# \0 $\v\x9C\x7F \0A'IE@A\0\v \0( ! \0(\f!\x7FA\x7F \0\r\0@ \0(\b"A/j"A\x07MA\0A tA\xC1q\x1B A\xFB\0Fr\r\0A A\xDB\0F\r A\x83\x7FF@ \0(E\r\vA\0\f\v  \0(\f\xDBE AKr\v! \0 6  \0 6,A\x7F  \0\x1B\v\x94\x7F \0(4"(\x84"A\0 A\0J\x1B!@@@  F@A\0! (x"A\0 A\0J\x1B!A\0!@  F\r Al Aj! (pj(\0 G\r\0\v\f\v Al Aj! (|j(\0 G\r\v\v \0A\xBB%A\0\x1BA\x7F!\v \v\x91\x7F (\x84"A\xFE\xFFN@ \0A\xC87A\06A\x7F\vA\x7F! \0 A\xFC\0jA A\x80j AjT\x7FA\x7F  (\x84"Aj6\x84 (| Alj"A\x006 B\x007\b B\x007\0 \0  !\0 A\x7F6  \x006\0 (\x84Ak\v\v\x86\x7F@@ A\0N@@ \0(p Alj"(\0 G\r\0 -\0\f"Aq\r E\r\0 A\xF0qA0F\r\v (\b!\f\v\vA\x7F! \0( E\r\0 \0($\r\0 \0 \xB0"\0@A\x80\x80\x80\x80! \0-\0Aq\r\vA\x7F!\v \v\x8B\x7F@@ \0\x98"A\xC3G@ A\xCA\0G\r \0(\x98! \0A\x7F6\x98 \0 6\x84 \0A\xCB\0\v \0(\x98"  \0(\x80"j(\0k j"Aj-\0\0A\xD3\0G\r A\xD4\0:\0 \0A\x7F6\x98\v\vA\x839A\xDF\x90A\xB6\xBEA\xC3\x88\0\0\vW\x7F \0(\xCC AtjAj!@@A\x7F! (\0"A\x7FF\r\0 \0(p Alj"( G\r\0 A\bj! ! (\0 G\r\v\v \v\x98\x7F@@@\x7F@@@@@ E\r\0@ \0A\xC5\0IE@ \0A\xC6\0IE\r\v @ \0(,AcA
F\r\v \0(\0 \0( ! \0\rA!\b@@ \0(\b"\x07A(k\0\v@ \x07A:k\0\v \x07A\xFD\0F\r\v A\0 \x07A;F\x1B\r \0(\0 AA A\xC6\0F\x1B!\f\v \0(\bA*F@ \0\r\bA!\f\v \0A\x89IE\r\0 \0(,AcA
F\r\0 \0(\0 \0( ! \0\rA!\b@@ \0(\b"\x07A(k\0\v@ \x07A:k\0\v \x07A\xFD\0F\r\v \0(\0  \0(\bA*G@A!\f\v \0\r\x07A!\v \0(\b"A\x83\x7FG A'jARIq\rA\0!\b A\x83\x7FF@ \0(E!\b\v \0(\0 \0( ! \0\r\vA\0  E \bErr\r \0(\b"\0A:G E \0A(Grq!A\0!\f\v@@@ A\x80j\0\v \0(\0 \0)1"E\r \0\r\f\v \0(\0 \0)1"E\r \0E\r\f\v A\xDB\0G@ E A\xA9\x7FGr\r \0(\0 \0( ! \0\rA\f\v \0\r \0R\r \0A\xDD\0+\rA\0!A\0\f\v \0(\0 \f\vA\0\v! AI\r \0(\bA(F\r \0(\0 \v \0A\xB0\xF5\0A\0\x1B\v A\x006\0A\x7F\v  6\0  r\v\xFC\x7F \0(\0 \0(4A\0A\0 \0( \0(( \0A\xC4\0j\x82"E@ A\x006\0A\x7F\v A\x006l A\x006\` B\x80\x80\x80\x807H B70 A\x80\f;h B7X B7P  6\0 \0 64 \0 (\x7F  A	  (\0(\x986\f \0A\xE8\0A\x7F#! \0(4A\xB6 \0A\b \0(4A\x80jA\0 \0(4A\xB6 \0A\xF7\0 \0(4A\x80jA\0 \0(4A. \0 $ \0(4\v(64A\0\v\xBB\x7F  j-\0\0A;F@ \0  \0 A\xFF\xFFq Aj!\v  ("\0Ak"j"-\0\0A\xB4F@ \0 j-\0\0AF@ A:\0\0 \0Ak!\v \0Aj!\0  j" ;\0  Aj:\0\0 Aj!@ \0 LE@  jA\xB1:\0\0 Aj!\f\v\v \vA\xED\xE0\0A\xDF\x90A\xD6\xFBA\xC2\xEB\0\0\0\v\0 \0 At Aus*\v(\0 AjA\bM@ \0 A\xCD\0kA\xFFq\v \0A \0 \v_\x7F@@  L\r@@ \0 j"-\0\0"A\xB4G@ A\xC4F\r A\xEA\0G\r (\0 G\r\f\v (\0 F\r\v Aj!\f\v\vA!\v \v\x8A\x07\x7F \0 A\x7FjA\xEA\0! !@@@ \bA
F@ !\f\v A\0H\r  \0(\xACN\r \0(\xA4 Alj(\b! \0(\x80!	@@@@  	j"
-\0\0"\x07A\xB4F\r\0 \x07A\xC4G@ \x07A\xEA\0F\r \x07AF\r \x07!\f\v E\r\0  
(\06\0\v  \x07At-\0\xC0\xDAj!\f\v\v \bAj!\b 
(\0!\f\v\v@ 	 Aj"j-\0\0"AF\r\0\v A)F\r\0A!\v  6\0 \0 Aj \vA\xF6*A\xDF\x90A\x93\x8AA\xC91\0\0\vb\x7FA\x7F! \0(\0 \0A\xA4jA \0A\xA8j \0(\xACAjTE@ \0 \0(\xAC"Aj6\xAC \0(\xA4 Alj"\0A\x006 \0B\x7F7\b \0B\x80\x80\x80\x80p7\0\v \v6\0@ \0 A\bS"\0A\0H\r\0 (\`E\r\0 (p \0Alj" -\0\fAr:\0\f\v \0\v\x81\x7F@@@ A\xD1\0F A>FrE@ \0(\0! AG\r \0(4!\x07\f\v \0A\xDC\xE9\0A\0\x1B\f\v \0(4"\x07(\xC0"\bA\0 \bA\0J\x1B!\b@  \bF\r At Aj! \x07(\xC8j( G\r\0\v \0A\xC3\xE9\0A\0\x1B\f\v  \x07AA\x07 \x1B (D AAA\0\xF4"A\0H\r\0  A@kA A\xC8\0j (DAjT\r\0  (D"\0Aj6D (@   ! \0Atj"\0 6 \0 6\0 \0 6\bA\0\vA\x7F\v\xCD\x7F#\0Ak"$\0 \0(4!\x07 \0(\0!A\xBB\x7FA\xBB\x7FA\xB7\x7F AQF"\b\x1B AIF\x1BA\xFFq!	\x7F@@@@@ \0(\b"A\x83\x7FF@ \0(@ \0\xE6\f\v \bE AIGq  \0( "A'GrE@ \0A\xDB\xCA\0A\0\x1BA'!\f\v \0\r \0  \xAF\r @ \0 \0(4(\x9C  A\0\xE7E\r\v@ \0(\bA=F@ \0\r \0 \xAE@ \0(4A\xB6 \0  \0(4A\x80j \x07/\xBC \0 A\fj A\bj  AjA\0A\0A=\xB9A\0H\r\x07 \0 \xBA@  (\0\f\b\v \0 \xA9 \0 (\f (\b (\0 (A\0A\0\xD0\f\v \0 \xBA\r \0 \xA9 \0(4 	 \0  \0(4A\x80j \x07/\xBC\f\v \bE@ AIG\r \0A\xFA\xFA\0A\0\x1B\f\v \0(4A \0(4A\xBB \0  \0(4A\x80j \x07/\xBC\v  \f\v A rA\xFB\0G\r \0 A\fjA\0\xA7A=G\r \0(4AA\x7F \0 A\0A (\fAqA \xD1A\0H\r\vA\0 \0(\bA,G\r \0E\r\f\v\v \0A\xFC\x8AA\0\x1B\f\v  \vA\x7F\v Aj$\0\v\x8D\x7F@@@@@@@@ B \x88\xA7A	j	\0\v \xA7"(\bA\x80\x80\x80\x80I\r \0 \xB1\v \0 \xA7")" \0 )" \0Aj  \0(\0\0\v \0-\0hAF\r \xA7"(\b" (\f"6  6\0 A\x006\f \0(\\! \0 A\bj"6\\  6\f  \0A\xD8\0j6\b  6\0  -\0Ar:\0 \0-\0h\r \0\xA5\v \0Aj \xA7 \0(\0\0\v \0 \xA7\xB1\v.\0\v \0Aj  \0(\0\0\v\v\x81\x7F~#\0A k"\x07$\0 \x07 6\x7F@ \0(\0 \x07AjA C\r\0 A\xE0\0G!
@@@@  \0(0"\vO\r\0@ -\0\0"AK\r\0 
E@ A\rG\rA
! Aj  -\0A
F\x1B!\f\v A
k\0\0\0\v \x07 Aj"\b6@@@@@  G@ A\xDC\0F\r A$G\rA$! 
\r\b \b-\0\0A\xFB\0G\r\b Aj!\bA$!\vA\x7F \x07Aj<"\fB\x80\x80\x80\x80\xE0\0Q\r
  6 A\x81\x7F6\0  \f7\b  \b6\0A\0\f
\vA!@@@@ \b-\0\0"	A
k\0\v 	A\xDC\0F 	A"Fr 	A'Fr\r 	\r \b \vO\r\x07 \x07 Aj6A\0!\f	\vAA -\0A
F\x1B!\v \x07  jAj"6\f\b\v@@@ 	\xC0"A0kA\xFFqA	M@ A\xE0\0G@ \0(4-\0jAqE\r\v A\xE0\0F A0F\x7F -\0A0kA\xFFqA
O\r
A0 \vA7Kr\r E\r\f \0 A\xB1\xFD\0A\0z\f\f\v A\0N\r\0 \bA \x07M"A\x80\x80\xC4\0O\r \x07 \x07(\0"6 A\xFE\xFF\xFF\0qA\xA8\xC0\0F\r
\f	\v \x07AjA\xE8"A\x7FG\r\v E\r	 \0 A\xE0\xE1\0A\0z\f	\v A\0N\r \x07 \x07(Aj6\f\v \xC0A\0N\r A \x07M"A\xFF\xFF\xC3\0K\r \x07 \x07(\x006\f\v \x07 Aj6\v 	!\f\v E\r \0A\xEE\x81A\0\x1B\f\v E\r \0A\xF0\xE7\0A\0\x1B\f\v \x07 Aj6A\0!\v \x07Aj \xAB\r \x07(!\f\0\v\0\v \x07(("\0Aj \x07(\b \0(\0\0A\x7F\v \x07A j$\0\v\xF0\x7F~#\0A k"$\0\x7F@ \0(\0 A\bjA C\r\0@@@ " \0(0O\r\0 Aj!@@@@@ -\0\0"A\xDC\0k\0\v A$G\rA$! -\0\0A\xFB\0G\r Aj!\vA\x7F A\bj<"B\x80\x80\x80\x80\xE0\0Q\r\x07 \0 6 \0A\x82\x7F6\b \0 6, \0 7A\0\f\x07\v A\bjA\xDC\05\r  \0(0O\r Aj! -\0!\v A\rF@A
!  -\0\0A
Fj!\f\v A\x80I@ !\f\v Ak"A AjM"A\xFF\xFF\xC3\0K\r (!\v A\bj \xABE\r\f\v\v \0A\xF0\xE7\0A\0\x1B\f\v \0 A\xEE\x81A\0z\v (\b("\0Aj (\f \0(\0\0A\x7F\v A j$\0\vY\x7F \0 \0(H"Ak r6H \0(\0"A\bq@ \0 A r6\0A\x7F\v \0B\x007 \0 \0(,"6 \0 6 \0  \0(0j6A\0\v\xD4\x07\x7F#\0A k"$\0@ \0 ("B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@A\x7F!\f\vA\x7F!A\x7F!@ \0A \xA7"\x07(A\xFF\xFF\xFF\xFF\x07q"\b \bAM\x1BAt'"E\r\0A\0! A\x006\0@  \bN\r  Atj \x07 \xEC6\0 Aj! (\0!\f\0\v\0\v \0  A\0H\r\0 \0(!\b B\x007\b B\x007\0  \b6 A46A\x7F!\b@  At"\x07\xCB\r\0@ E@A\0!@  F\r At Aj! j(\0A\xFFM\r\0\v\v    Av\xE7A\x7F!\b (\f\r ("
Av"\bAk!A\0! (\0!	@@  \bH@ 	 "Atj(\0\xB4E\r@  F@ \b!\f\v 	 Aj"\x07Atj(\0"\v\xB4"\f@@@  H\r\0 	 Atj"(\0"\r\xB4 \fL\r\0  \r6 Ak!\f\v\v 	 Atj \v6 \x07!\f \x07!\f\v\0\v\0\v Aq 
A\bIr\rA!A!@ \b F@ !\b\f 	 Atj(\0"
\xB4! !@@@ A\0L\r 	 Ak"Atj"(\0"\x07\xB4"\v@  \vJA\x80!\r\f\v\v@ 
A\xE1"kAK \x07A\x80"kAKrE@ 
Al \x07A\xCCljA\x9C\x8D\xA1k!\f\v@ \x07A\x80\xD8k"A\xA3\xD7\0K\r\0 A\xFF\xFFqAp 
A\xA7#k"A\x1BKr\r\0  \x07j!\f\vA\xC4\x07!A\0!\v@  \vH\r Aj  \vj"\rA~q/\xF0\x9B"Av"At(\xC0\xA8"\fAv" A?qj"   \fA\x07vA\xFF\0q \fAvA?q\xE6 \rAv!\f 
 (k \x07 ("\rk \x07 \rF\x1B"\rA\0H@ \fAk!\f\v \r@ \fAj!\v\f\v\v E\r\v  6\0\f\v 	 Atj 
6\0 Aj!\v Aj!\f\v\0\v\0\v Aj!\f\0\v\0\v (\0!	 \x07@ 	  \x07\xFC
\0\0\v !\b\v \0("\0Aj  \0(\0\0 \bA\0H\r\0  	6\0 \b!\v A j$\0 \v\xAE\f\x7F~#\0Ak"$\0@@ \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FR@ \0A\x89\xE8\0A\0\f\v (Av!\x7F \b@ \b( \b(\0k u\f\v A\x006\f B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R@ \0 A\fj \xDB\r\v \0 A\bj \xDB\r (\f!	 (\b\v!
 Aj! B\x80\x80\x80\x80p\x83!  
j! \x07\xA7"\rAj! \r(A\xFF\xFF\xFF\xFF\x07q!@@@ \rA$ \vm"A\0H\r\0 Aj"
 O\r\0  \r \v L Aj!\v@@@@@\x7F \r(A\0N"E@  
Atj/\0\f\v 
 j-\0\0\v"
A$k\0\v A$5\f\v \b@    L\f\v  \x8C\r\f\v    (A\xFF\xFF\xFF\xFF\x07qL\f\v 
A\xE0\0F\r\v@ 
A0k"\fA	M@@ \v O\r\0\x7F E@  \vAtj/\0\f\v \v j-\0\0\v"
A0kA	K\r\0 Aj \v 
 \fA
lj"\vA0K \vA0k"
 	Iq"\x1B!\v 
 \f \x1B!\f\v \fE 	 \fMr\r \b@ \b \fAtj"
(\0"\fE\r 
("
E\r   \f k u 
 k uL\f\vA\x7F!
 \0  \f\xADr"\x07B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x800Q\r B\x80\x80\x80\x80\xE0\0Q\r  \x07\xADE\r\f\v 
A<G B\x80\x80\x80\x800Qr\r\0 \rA> \vm"\fA\0H\r\0A\x7F!
 \0 \r \v \f\x91"\x07B\x80\x80\x80\x80\xE0\0Q\r \0  \x07P"\x07B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x800R@ B\x80\x80\x80\x80\xE0\0Q\r  \x07\xAD\r\v \fAj!\v\f\v  \r  \vL\f\v  \r \v \r(A\xFF\xFF\xFF\xFF\x07qLA\0!
\f\v  A\0 L\f\0\v\0\vA\x7F!
\v Aj$\0 
\vW\x7F#\0Ak"$\0@ A\fj \0 \xE9"\0E\r\0 \0(\0A\x80\x80\x80\x80|qA\x80\x80\x80\x80G\r\0 (\f5\0B\x80\x80\x80\x80p\x84  \xA6!\v Aj$\0 \vU~ B\x80\x80\x80\x80pT@A\0\v \0 A\xE3 A\0"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x800R@ B\x80\x80\x80\x80\xE0\0Q@A\x7F\v \0 -\v \xA7/AF\v<\x7F#\0Ak"$\0\x7F  \0(\bG@  6\0 \0A\xB0\xBA \x1BA\x7F\f\v \0\xAA\v Aj$\0\v\x82\x7F~#\0Ak"$\0 \0(\0!@@@@@@@@@@@@ \0(\b"A\x80j\0\v A\xAA\x7FF\r A\xDB\0G@ A\xFB\0G\r \0\xAA\rB\x80\x80\x80\x80\xE0\0! g"B\x80\x80\x80\x80\xE0\0Q\r
@ \0(\b"A\xFD\0F\r\0@@ A\x81\x7FF@  \0)1"\r\f\r\v A\x83\x7FG\r
 \0(@E\r
  \0( !\v@@ \0\xAA\r\0 \0A:\xD7\r\0 \0\xD8"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\v  \f\f\v    A\x07  A\0H\r\v \0(\bA,G\r \0\xAA\r\v \0(@E \0(\b"A\xFD\0Gr\r\0\v\v ! \0A\xFD\0\xD7\r
\f\v\v \0\xAA\rB\x80\x80\x80\x80\xE0\0! B"B\x80\x80\x80\x80\xE0\0Q\r	@ \0(\bA\xDD\0F\r\0A\0!@ \0\xD8"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r	    A\x07\xC4A\0H\r	 \0(\bA,G\r \0\xAA\r	 Aj! \0(@E\r\0 \0(\bA\xDD\0G\r\0\v\v ! \0A\xDD\0\xD7\r	\f
\v \0)"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0\xAA\r\b\f	\v \0)! \0\xAA\r\x07\f\b\vB\x80\x80\x80\x80 !@@@@@ \0("Ak\0\v A\x92k\v AF\xADB\x80\x80\x80\x80\x84!\f\v \0(@E\rB\x80\x80\x80\x80\xE0~!\f\v \0(@E\rB\x80\x80\x80\x80\xE0\xFE\xFF{!\v \0\xAA\r\f\x07\v \0A\x90'A\0\x1B\f\v \0(,!  \0(\f"6   k6\0 \0A\x81\xB7 \x1B\vB\x80\x80\x80\x80 !\f\v \0A\xFA\xF4\0A\0\x1B\f\v !\f\v !\v  B\x80\x80\x80\x80\xE0\0!\v Aj$\0 \v\xEA
~\x7F#\0Ak"$\0  7\b@@@@@@@  \0((\x80I@ \0t\f\v B\x80\x80\x80\x80pT\r@@@@@ \xA7"/"Ak\0\v \0 @"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\f\v \0 \x86"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\f\v A"G\r\v ) "B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 \f\vB\x80\x80\x80\x800!\b@ \0 )\bA A\bj\xF0"B\x80\x80\x80\x80\xF0\0\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 -@ \0A\xB7\x82A\0\f\v B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v )"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0  \x97"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x800!\x07B\x80\x80\x80\x800!B\x80\x80\x80\x800!	\f\x07\v@@@ )"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FQ@ \xA7(A\xFF\xFF\xFF\xFF\x07qE\r\v B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0A\xDE\xC0 A\xDF\xC0\xC6"	B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x800!\x07B\x80\x80\x80\x800!B\x80\x80\x80\x80\xE0\0!	\f
\v \0A\xBE\xBC\xC8"\x07B\x80\x80\x80\x80\xE0\0R\rB\x80\x80\x80\x80\xE0\0!\x07\f\v ) "\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v \x07!	\v \0 \0 )\bA A\bjA\0\xEF\x8F\r\0 \0 \xD5"A\0H\r\0@ @ \0  8\r ((A\xDB\05 )\0"
B\0 
B\0U\x1B!\f@@  \fQ\r ((!@@ PE@ A,5 (( 	\x8C \0  r"\vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\x07 B\x80\x80\x80\x80\bZ\r !\f\v  	\x8CB\0! \0 B\0P"\vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\f\vB\x80\x80\x80\x80\xE0~ \xBA\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\v \0 @"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\v \0   \v \xDA!\v \0  \vB\x80\x80\x80\x80p\x83"\rB\x80\x80\x80\x80\xE0\0Q\r B|!B\x80\x80\x80\x800! \0 B\x80\x80\x80\x80  \v \rB\x80\x80\x80\x800Q\x1B \xD9E\r\0\v\f
\v@ 
B\0W\r\0 )"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FQ@ \xA7(A\xFF\xFF\xFF\xFF\x07qE\r\v ((A
5 (( \x8C\v ((A\xDD\05B\x80\x80\x80\x800!\f\v@ )"\bB\x80\x80\x80\x80p\x83"B\x80\x80\x80\x800R@ \bB\x80\x80\x80\x80\xF0~T\r \b\xA7" (\0Aj6\0\f\v \0 AA\0\xB7"\bB\x80\x80\x80\x80p\x83!\vB\x80\x80\x80\x800! B\x80\x80\x80\x80\xE0\0Q\r\b \0  \b8\r\b ((A\xFB\05B\0! )\0"B\0 B\0U\x1B!\vA\0!B\x80\x80\x80\x800!@  \vR@ \0  \0 \b r"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r
 B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0  P"
B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r
 \0   
 \xDA"
B\x80\x80\x80\x80p\x83"\fB\x80\x80\x80\x800R@ \fB\x80\x80\x80\x80\xE0\0Q\r\v @ ((A,5\v (( 	\x8C \0 (( \xEF@ \0 
\f\f\v ((A:5 (( \x07\x8CA! \0  
 \xD9\r\v\v B|!\f\v\v@ E\r\0 )"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FQ@ \xA7(A\xFF\xFF\xFF\xFF\x07qE\r\v ((A
5 (( \x8C\v ((A\xFD\05\vA\0! \0 \0 )\b \0 \0A\0\x99\x8F\r\x07 \0  \0 \b \0 	 \0 \x07 \0  \0 \f\b\vB\x80\x80\x80\x800!\f\vB\x80\x80\x80\x800!\x07\f\vB\x80\x80\x80\x800!\x07\f\v !\v@@@@@A\b B \x88\xA7" A\bkAoI\x1BA	j\0\0\v \0 (( \xEF! \0 \f\x07\vB\x80\x80\x80\x80  B\xFF\xFF\xFF\xFF\xDF\xFE\xFF }B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0\x83P\x1B!\v (( \xAD!\f\v \0A\xCF/A\0B\x80\x80\x80\x800!\x07 !\f\v \0 A\0!\f\vB\x80\x80\x80\x800!\b\vB\x80\x80\x80\x800!B\x80\x80\x80\x800!	B\x80\x80\x80\x800!\v \0  \0 \b \0 	 \0 \x07 \0  \0 A\x7F!\v Aj$\0 \v\x82\x7F~#\0A k"$\0  7@@@@@ B\xFF\xFF\xFF\xFFoV\r\0 B \x88"B\x07Q\r\0 \xA7AwG\r\vB\x80\x80\x80\x80\xE0\0! \0 A\x9E A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ !\f\v \0 0@ \0  A Aj=! \0  B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\f\v \0 \v !\v@ )\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ !\f\v  7\b  )7\0 \0  A ! \0 B\x80\x80\x80\x80\xE0\0! ! B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\v@A\b B \x88\xA7" A\bkAoI\x1BA	j"AK\r\0A tA\x8D\x9Cq\r A\bG\r\0 !B\x80\x80\x80\x800! \0 0E\r\f\v !B\x80\x80\x80\x800!\v \0  !\v A j$\0 \v\xF4

\x7F~#\0A\xC0k"$\0@@ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0B\x80\x80\x80\x80\xE0\0!\r \0 A\xD4\0j \xE1"\x07E\r (T!\b@@  \bG@A\xC0\0!@@@@@@@@@@@  \x07j-\0\0"	A\xE4\0k
\b						\0\v 	A\xF3\0k\x07\b\b\b\b\vA!\f\vA!\f\vA!\f\vA\b!\f\vA!\f\vA\x80!\f\vA !\v  qE\r\v \0 \x07Q\f\v Aj!  r!\f\v\v \0 \x07Q A\x90q"A\x90G\r\v \0A\xB6>A\0\x95\f\vB\x80\x80\x80\x80\xE0\0!\r \0 A\xD4\0j  E\xC6"\bE\r\0 (T! A\x94jA\0A\xAC\xFC\v\0  AvAq6\x90  AvAq6\x8C  AvAq6\x88  A\x90qA\0G6\x80  6|  \b6x   \bj6t  \b6p  \x006\xA4 A\x7F6\xA0 B\x81\x80\x80\x80p7\x98  A\bv6\x84 B\x007X B\x007\`  \x006l B\x007\xA8 A)6h B\x007\xB0  \x006\xBC A*6\xB8 A\xD8\0j"  A\0 A\0 A\0\xBE A qE@ AA\xBD A A\rAu\xBD\v A\xD8\0j"AA\0\xEA\x7F@ A\0\xB6\r\0 AA\0\xEA A (p-\0\0@ A\x95\x85A\04\f\v (d@ A\xD8\0j\xE9\f\v (\\A\bk!\v (XA\bj!\fA\0!A\0!	A\0!@@@@@@@  \vH@  \fj"-\0\0"
A-O\r  
-\0\xA0\xB9"\x07j \vJ\r@@@@@@@ 
Ak\0\0\v  :\0 Aj!  	H@ !\f\v A\xFEJ "!	E\r\f\b\v A\0L\r\v  Ak":\0\f\v AL\r\v  Ak":\0\f\v /\0At \x07j!\x07\f\v /\0At \x07j!\x07\f\v -\0 \x07j!\x07\v  \x07j!\f\v\v 	A\0N\r\v A\xD8\0jA\xC0:A\04\f\v (X (\x98:\0 (X 	:\0 (X" (\\A\bk6\0 (\xAC" (\x98AtAkK@ A\xD8\0j (\xA8 \` (X" /\0\0A\x80r;\0\0\v (\xA8"@ (\xBC A\0 (\xB8\0 (X!\v A\0:\0 (\\\f\vA\x98\x97A\xFE\x90A\x99A\xBC*\0\0\vA\x92\xDC\0A\xFE\x90A\x9AA\xBC*\0\0\vA\x97\xADA\xFE\x90A\xAAA\xBC*\0\0\vA\x87\xAAA\xFE\x90A\xB0A\xBC*\0\0\v (X"@ (l A\0 (h\0\v B\x007h B\x007\` B\x007X (\xA8"@ (\xBC A\0 (\xB8\0\v B\x007\xB8 B\x007\xB0 B\x007\xA8 AjA\xC0\0 A\xC0j\xECA\0!A\0\v! \0 \bQ E@  Aj6\0 \0A\x92\xC3\0 \x95\f\v \0  u!\r \0("\0Aj  \0(\0\0\v A\xC0j$\0 \r\v\xB6\x7F \0 A$,"E@B\x80\x80\x80\x80\xE0\0\v \0B\x80\x80\x80\x800A\0A\0A\xBC"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@@ B\x80\x80\x80\x80pT\r\0 \xA7"/A$G\r\0 ( !\v A\bj! Aj!@  (\0"F@ \v@ Ak-\0\0E@ \0  )\xFEE\r\v Aj!\f\v\v \0 \vB\x80\x80\x80\x80\xE0\0\v\x90\x7F@ \0A('"E\r\0 A\0:\0 A6\0@ (\0@ \x80\f\v B\x80\x80\x80\x80\xF0~T\r\0 \xA7" (\0Aj6\0\v  7  ("  ("\xC0Atj"(\x006  6\0 (" A\bj"\x076  Aj"\b6\f  6\b  \x076  (\fAj"6\f  (I\r\0 \0 AA  AN\x1BAj"t"\0\xB4"E\r\0 \0@ A\0 \0\xFC\v\0\vA t! A\bj!\0@ \0(\0"\0 \bFE@@ \0Ak-\0\0\r\0 (\0E \0)"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800QrE@ \xA7(\0E\r\v \0   \xC0Atj"\x07(\x006\b \x07 \0A\bk6\0\v \0Aj!\0\f\v\v  6  6  6 A t6\v \v\x9D~\x7F#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!\x07@ \0  A#j,"\bE\r\0 )\0"B\0 B \x88\xA7A\bkAoO\x1B  B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\xE0\xFE\xFFQ\x1B!@ \b(\0E\r\0 \x8B\r\0 A\xCF2A\xEC\xD2\0 Aq\x1B6\0 \0A\xFF \f\vB\x80\x80\x80\x800! AqE@ )\b!\v@ \0 \b \x99"@ \0 ) \f\v \0 \b \xDD"E\r\v B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v  7  B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v !\x07\v Aj$\0 \x07\v\xF4\x7F~ \0Aj! \0Aj! \0(\f! \0(\0"\xAC!\x07@ (\0"\0 FE@@ \0(\b"/"A!F@ \0(E\r \x07 \0("\xADU@ \0  k6\f\v \0A\x006\f\v B\x007$ A\xA7\xC8j-\0\0! \0(@ \x005"\bA t\xAD| \x07U\r  \x07 \b} \xAD\x87>(   \0(j6$\f\v \x005 \0("\xAD| \x07U\r\0   v6(   \0(j6$\v \0Aj!\f\v\v\v\xCB~ ~\x7F@@@@A\b B \x88\xA7" A\bkAoI\x1B	\0\0\0\0\vA\0!\0 \xC4\f\v B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|"B4\x88\xA7A\xFFq"A\xBD\bM@A\0!\0 \xBF\xFC\f\vA\0"\0 A\xF2\bK\rB\0 B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\x83B\x80\x80\x80\x80\x80\x80\x80\b\x84 A\xB3\bk\xAD\x86"}  B\0S\x1B\f\v \0 \x86"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\0\vA\x7F\v!\0B\0\v7\0 \0\v\xA8\x7F~ \0\xBD"B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x81\x80\x80\x80\x80\x80\x80\xF8\xFF\0Z@ \xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x81\x80\x80\x80\x80\x80\x80\xF8\xFF\0T\vA\x7F!@ \0 c\r\0 \xBD"B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\r\0 \0 d@A\v \0D\0\0\0\0\0\0\0\0b@A\0\v B\0S@ B?\x87\xA7A\x7Fs\v B?\x88\xA7!\v \v!\x7F \0 ["@ ]E@A\0\v \0\x93\vA\x7F\v*\x7F B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0  \x8B\v/\x7F@ B\x80\x80\x80\x80pZ@ \xA7"/A!F\r\vA\0! \0A\xB7#A\0\v \v7\x7F@ B\x80\x80\x80\x80pZ@ \xA7"/AkA\xFF\xFFqAI\r\v \0A\x96A\0\v ( \vf\x7F~#\0Ak"$\0A\x7F!@ \0 B\0P"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 A\fj \x9E\r\0 \0 A\0 (\f j"\0\xAD\x91A\0H\r\0 \0E!\v Aj$\0 \v\r\0 \0  A\x84\v(\0 (AG@ A6 \0( (\b\xFC A\x006\b\v\v{\x7F  /\0"A\xF8\xFFq;\0  A\xE8\xFFq -\0\bAtAqr";\0  A\xF0\xFFq -\0\bAtA\bqr";\0 -\0\b!  ;  A\xF8\xE1q AtA\x80qr;\0  \0 (\0 6\v\x9F\x7F \xA7"\x07/A\xA7\xC8j1\0\0! \0A'"E@ \0 A\x7F\v \xA7"\b( !\0  6   \x86>  \xA7"6  \b6\f  \x076\b \0("\b 6  \0Aj6  \b6\0 \0 6 \x07 >( \x07 6  \x07 \0(\f j6$A\0\v\0 \0B\x80\x80\x80\x800 A\0A\x83\v\xA5\x7F~#\0Ak"$\0@ \0   \xAF"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@ \0 \x90"A\0H\r\0 AG\r )\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 A\bj \xAE\r\0 )\b \xADW\r \0A\x95\xE0\0A\0\v \0 B\x80\x80\x80\x80\xE0\0!\v Aj$\0 \v\xD9~\x7F#\0Ak"$\0 A\xA7\xC8j-\0\0"\v\xAD!	@@@ )\0"B\xFF\xFF\xFF\xFFoX@B\x80\x80\x80\x80\xE0\0! \0 A\bj \xAC\r \0 )\b"\b 	\x86\xEB"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\rA\0!\v\f\v@ \xA7"
/"\fAkA\xFF\xFFqAM@ 
( !
B\x80\x80\x80\x80\xE0\0! \0  )\b\xAC\r 
-\0\b\r@ )\0"\x07A\x7F \vtA\x7Fs"\v\xAD\x83P@ 
(\0"\f\xAC" \x07Z\r\v \0A\xDE0A\02\f\v@ )"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \v \fqA\0 
("
A\0H\x1B\r  \x07} 	\x88!\b 
A\x7FsAv!\v\f\v \0 A\bj \b\xAC\r 
-\0\b\rA\0!\v 
4\0 )\b"\b 	\x86 \x07|Z\r\v \0A\xA6\xE5\0A\02\f\v \fAkA\xFF\xFFqA\vM@ \0    
((\x84!\f\vB\x80\x80\x80\x80\xE0\0! \0  V"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\rB\x80\x80\x80\x800!~@@ \0~ \0 A\xE2 A\0"\x07B\x80\x80\x80\x80p\x83"\bB\x80\x80\x80\x80 Q \bB\x80\x80\x80\x800QrE@ \bB\x80\x80\x80\x80\xE0\0Q\r \0 A\bj  \x07\x95! \0 \x07 B\x80\x80\x80\x80\xE0\0R@ 5\b\f\vB\x80\x80\x80\x80\xE0\0!\f\v \0 A\bj 8\r 
 
(\0Aj6\0 )\b\v" 	\x86\xEB"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0A\0! \0  \x07B\0 A\0\xEA\r\0@  \xAD Y\r \0  \xA3"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0   \x07\x91 Aj!A\0N\r\0\v\v !\v \0  !B\x80\x80\x80\x80\xE0\0\v! \0 \f\v )\0"B\x80\x80\x80\x80\xF0~T\r\0 \xA7" (\0Aj6\0\v \0  V"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0 \f\v \0   \x07 \b \v\xEAE@ !\f\v \0 \f\v \0\x83\v Aj$\0 \v\xC2~\x7F B\xFF\xFF\xFF\xFFX@ \0 \xA7\xDF\v B\x80\x94\xEB\xDC\x80"B\x80\xEC\x94\xA3\f~ |!\x7F B\x80\x80\x80\x80\x80\xC0\xB2\xCD;Z@ B\x80\x94\xEB\xDC\x82! B\x80\x80\x90\xBB\xBA\xD6\xAD\xF0\r\x80\xA7! B\x80\x80\xA0\xCF\xC8\xE0\xC8\xE3\x8A\x7FT\x7F \0 \0A1:\0\0 A
k! \0Aj\v" A0j:\0\0 Aj \xA7A	\xC0 A
j\f\v \0 \xA7\xDF \0j\v" \xA7A	\xC0  \0kA	j\v\xC7\x7F~#\0Ak"\b$\0@@ B\x80\x80\x80\x80pT r\r\0 \xA7"/AG\r\0 /A\x80qA\x80G\r\0 ("(,"\x07@ \x07-\0A\x80qE\r\v ()\0"	B\xFF\xFF\xFF\xFFV\r\0 	\xA7"\x07 ((G\r\0 -\x003A\bqE\r\0  \x07j"A\0H\r\0 (  I@B\x80\x80\x80\x80\xE0\0! \0  \x99\r\vA\0!\0 A\0 A\0J\x1B!@ \0 G@  \0At"j)\0"B\x80\x80\x80\x80\xF0~Z@ \xA7"\x07 \x07(\0Aj6\0\v ($ ((Atj j 7\0 \0Aj!\0\f\v\v ( \xAD"7\0  6(\f\v@ \0 \bA\bj \0 &"
8\r\0 \b)\b" \xAC"\f|"\vB\x80\x80\x80\x80\x80\x80\x80Y@ \0A\xA1\xE7\0A\0\f\v@ E A\0LrE@B\0!	 \0 
 \fB\0 A\x7F\x86\r\f\v !	\v A\0 A\0J\x1B\xAD!\rB\0!@  \rR@  \xA7Atj)\0"\fB\x80\x80\x80\x80\xF0~Z@ \f\xA7" (\0Aj6\0\v  	|! B|! \0 
  \f\x9AA\0N\r\f\v\v \0 
A2 \vB\x80\x80\x80\x80\b|"	B\xFF\xFF\xFF\xFFX~ \vB\xFF\xFF\xFF\xFF\x83B\x80\x80\x80\x80\xE0~ \v\xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v;A\0H\r\0 \0 
 	B\xFF\xFF\xFF\xFFX@ \vB\xFF\xFF\xFF\xFF\x83!\f\vB\x80\x80\x80\x80\xE0~ \v\xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\f\v \0 
B\x80\x80\x80\x80\xE0\0!\v \bAj$\0 \v\xA2~\x7F#\0A k"	$\0B\x80\x80\x80\x80\xE0\0!@ \0 	Aj \0 &"\x078\r\0@ 	)"B\0W\r\0B\0! 	B\x007 AN@ \0 	Aj )\bB\0  e\r 	)!\v@@ \x07 	A\fj 	A\bj\x9FE\r\0  	5\b"  U\x1B! 	(\f!@  Q@ !\f\v )\0"B\x80\x80\x80\x80\xF0~Z@ \xA7"
 
(\0Aj6\0\v  \xA7Atj)\0"\bB\x80\x80\x80\x80\xF0~Z@ \b\xA7"
 
(\0Aj6\0\v B|! \0  \bA\xA2E\r\0\v\f\v    U\x1B!@  Q\rB\x80\x80\x80\x80\xE0\0! \0 \x07 r"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r )\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v B|! \0  A\xA2E\r\0\v\vB\x81\x80\x80\x80!\f\vB\x80\x80\x80\x80!\v \0 \x07 	A j$\0 \v\xB2|\x7F~|@ \0\xBBA\xFFq"D\0\0\0\0\0\0\x90<\xBB"kD\0\0\0\0\0\0\x80@\xBB kI@ !\f\v  K@ \0D\0\0\0\0\0\0\xF0?\xA0\vA\0!D\0\0\0\0\0\0\x90@\xBB K\r\0D\0\0\0\0\0\0\0\0 \0\xBD"\x07B\x80\x80\x80\x80\x80\x80\x80xQ\rD\0\0\0\0\0\0\xF0\x7F\xBB M@ \0D\0\0\0\0\0\0\xF0?\xA0\v \x07B\0S@D\0\0\0\0\0\0\0\x99\vD\0\0\0\0\0\0\0p\x99\v \0A\x80\b+\0\xA2A\x88\b+\0"\xA0" \xA1"A\x98\b+\0\xA2 A\x90\b+\0\xA2 \0\xA0\xA0" \xA2"\0 \0\xA2 A\xB8\b+\0\xA2A\xB0\b+\0\xA0\xA2 \0 A\xA8\b+\0\xA2A\xA0\b+\0\xA0\xA2 \xBD"\x07\xA7AtA\xF0q"+\xF0\b \xA0\xA0\xA0! )\xF8\b \x07B-\x86|!\b E@| \x07B\x80\x80\x80\x80\b\x83P@ \bB\x80\x80\x80\x80\x80\x80\x80\x88?}\xBF"\0 \xA2 \0\xA0D\0\0\0\0\0\0\0\x7F\xA2\f\v \bB\x80\x80\x80\x80\x80\x80\x80\xF0?|\xBF" \xA2" \xA0"D\0\0\0\0\0\0\xF0?c|#\0Ak" B\x80\x80\x80\x80\x80\x80\x80\b7\b +\bD\0\0\0\0\0\0\0\xA29\bD\0\0\0\0\0\0\0\0 D\0\0\0\0\0\0\xF0?\xA0"\0   \xA1\xA0 D\0\0\0\0\0\0\xF0? \0\xA1\xA0\xA0\xA0D\0\0\0\0\0\0\xF0\xBF\xA0"\0 \0D\0\0\0\0\0\0\0\0a\x1B \vD\0\0\0\0\0\0\0\xA2\v\v \b\xBF"\0 \xA2 \0\xA0\v\vc\x7F B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 A?  A\0H@A\x7F\v B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 A\xC0\0  Au\vX\x7F @@ \0(\b \0(" jI\r\0 \x96"E\r\0 \0 A\bj6 \0 \0(\0Aj6\0 !\v \vA\x8A\xAFA\xDF\x90A\xCB\rA\xC3\x90\0\0\v,\x7F@ \xA7( "E\r\0 )\0"B\x80\x80\x80\x80PT\r\0 \0 \xA7 \0\0\v\ve\x7F  (\0Ak"6\0@ E@ -\0E\r (\b" (\f"6  6\0 B\x007\b \0Aj  \0(\0\0\v\vA\xC9A\xDF\x90A\xF6\x8EA\xA6\x83\0\0\v\0 \0A\xE1\x89A\06 \0(A:\0\x90\v\xBC\f~\x7F@@@@@@@@@@@ -\0Aq\x07\0\b\v \0 ("\x07 \0\0 \x07A0j!@  \x07( NE@@ (E\r\0 ( Atj!@@@@@ (\0AvAk\0\v (\0"\b@ \0 \b \0\0\v ("\r\f\v (\0!\f\v (\0A|q!\f\v )\0"B\x80\x80\x80\x80PT\r \xA7!\v \0  \0\0\v Aj! A\bj!\f\v\v /"AF\r \0(D Alj(\f"E\r \0 \xADB\x80\x80\x80\x80p\x84  \0\v@ (< J@ (8 Atj)\0"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v Aj!\f\v\v (4"E\r\f\x07\v -\0@ ()\0"B\x80\x80\x80\x80PT\r\f\b\v ("-\0$AqE\r \0 A8k \0\0\v@ ( \r\0 )@"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v (\`"E\r\0 (H!@  O\r )\0"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0 (\`!\v A\bj!\f\0\v\0\v )("B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )0"B\x80\x80\x80\x80PT\r\f\v (,"E\r\f\v A\xF0j! A\xECj!@ (\0" FE@ \0 Ak \0\0 Aj!\f\v\v )\xD0"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )\xD8"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )\xC0"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )\xC8"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )\xB8"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v A\xE8\0j!A\0!@@ A\bF@A\0!@  \0(@N\r (8 Atj)\0"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v Aj!\f\0\v\0\v  Atj)\0"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v Aj!\f\v\v )\xA8"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )\xB0"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )\`"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )P"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )X"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )H"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )@"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v ($"@ \0  \0\0\v (("@ \0  \0\0\v (,"@ \0  \0\0\v (0"@ \0  \0\0\v (4"E\r\f\v@@ (  L@A\0!@  (,N\r@ (( Alj"(\b\r\0 ("E\r\0 \0  \0\0\v Aj!\f\0\v\0\v ( Atj)\b"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v Aj!\f\v\v )P"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )X"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )\xB8"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )\xC0"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )\x98"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )\xA0"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )\xA8"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )\xC8"B\x80\x80\x80\x80PT\r\0 \0 \xA7 \0\0\v\v.\0\v \0  \0\0\v \0 \xA7 \0\0\v\xAB\x7F~ -\0E@ )!@ (\0@ \0 \x9B\f\v \0 "\v \0 ) "  (\0Ak"6\0@ E@ (\b" (\f"6  6\0 B\x007\b \0Aj  \0(\0\0\f\v B\x80\x80\x80\x8007  B\x80\x80\x80\x8007 A:\0\v  (\fAk6\f\v\v\x96\x07\x7F \0 \xA7"	( "/("   H\x1B"
 /*j /.jAt /0AtjA\xE8\0j'"@ A\0A\xE8\0\xFC\v\0 A6\0 \0(!\0 A:\0 \0(P"\x07 A\bj"\b6  \0A\xD0\0j6\f  \x076\b \0 \b6P  -\0Ar6\\ (!\0  A\xE8\0j"\x076H  \x006T B\x80\x80\x80\x80\xF0~Z@ 	 	(\0Aj6\0\v  7@ B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v  
6X  6  7  \x07 
Atj"\x006L  \0 /*"	Atj"\x006\`  \0 /.Atj"\b6P /0!A\0!\0@ \0 F@A\0!\0 A\0 A\0J\x1B!@ \0 G@  \0At"\bj)\0"B\x80\x80\x80\x80\xF0~Z@ \xA7"\v \v(\0Aj6\0\v \x07 \bj 7\0 \0Aj!\0\f\v\v  	 
j"\0 \0 H\x1B!\0@ \0 FE@ \x07 AtjB\x80\x80\x80\x8007\0 Aj!\f\v\v B\x80\x80\x80\x80070 B\x80\x80\x80\x8007( A\x006  \b \0AtjA\x006\0 \0Aj!\0\f\v\v\v \v\xD0\0#\0Ak"$\0 (\0!  )\0"7\b~  \0((\x80I@ \0tB\x80\x80\x80\x80\xE0\0\f\v@@@@ (d"AvAk\0\v -\0\xB0\rA\x9D\xD4\0A\xDF\x90A\xD2\xEFA\xA1\x8B\0\0\vA\xA7\xA6A\xDF\x90A\xD6\xEFA\xA1\x8B\0\0\v@@ -\0\xB0E@ (\x84E\r A:\0\xB0 B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0 (d!\vA\0! A\x006\x84  7\xB8  A\xFF\xFF\xFF\x07qA\x80\x80\x80(r6d 5\x9CB \x86B\x80\x80\x80\x800R@ (\x90 G\r \0 \0 )\xA8B\x80\x80\x80\x800A A\bj\v@  (xN\r (t Atj(\0" (\0Aj6\0  \xADB\x80\x80\x80\x80P\x84"7\0 \0   A\bj  \xFA \0  Aj!\f\0\v\0\vA\x9C\xD4\0A\xDF\x90A\xD7\xEFA\xA1\x8B\0\0\vA\xEF\xD6\0A\xDF\x90A\xD8\xEFA\xA1\x8B\0\0\vA\xBB\xF8\0A\xDF\x90A\xE1\xEFA\xA1\x8B\0\0\vB\x80\x80\x80\x800\v Aj$\0\v[\0 \0    \xF9"E@B\x80\x80\x80\x80\xE0\0\vB\x80\x80\x80\x80\xE0\0! \0 A(j\x9F"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@ \0 \xA7 !\v \0( \xFC \v]\x7F~#\0Ak"$\0@ A\0N@ A\x80\x80\x80\x80xr!\f\v \0 Aj"  \xDFu"B\x80\x80\x80\x80\xE0\0Q\r\0 \0( \xA7A\xC6!\v Aj$\0 \v\xA5\x7F#\0Ak"$\0A\x7F!@ \0(\r\0 \0(\0 \0( AtAj A\fj\xC3"E@ \0\xAE\f\v Aj! \0(\b! (\f!@ A\0LE@  Ak"Atj  j-\0\0;\0\f\v\v \0A6 \0 6 \0 Av j6\fA\0!\v Aj$\0 \v_\x7F \0Aj!@ \0("\0A\0H@ \0A\xFF\xFF\xFF\xFF\x07q!A\0!\0@ \0 F\r  \0Atj/\0 A\x87lj! \0Aj!\0\f\0\v\0\v  \0 \xB7!\v \v]\x7F A\0 A\0J\x1B!A\0!@  FE@ \0 At"j  j(\0"\x07  j(\0"k"\b k6\0  \x07K  \bKr! Aj!\f\v\v\vV\x7F A\0 A\0J\x1B!A  k!A\0!@  FE@ \0 At"\x07j   \x07j(\0" tr6\0 Aj!  v!\f\v\v \v\xBF\v\x7F~|#\0Ak"\x07$\0 \x07 \x006\f@@@ \0-\0\0"A+k\0\vB\x80\x80\x80\x80\x80\x80\x80\x80\x80\x7F!\v \x07 \0Aj"6\f \0-\0! !\0\v|@@@@@@@@ A\xFFqA0F@@@@@@@@ \0-\0"A\xF8\0G@ A\xEF\0F\r A\xD8\0G\r\v AoqE@A!\f\x07\v A\xE2\0F\r\v A\xEF\0F\r\v\f\b\v E A\xCF\0Fq\r A\xE2\0F\r E!	  A\xC2\0Gr\r\x07\f\v \0! \r
\v AO\r\f\v \0! \r\b\vA! AI\r\f\vA\b!\v \x07 \0Aj"6\f \0-\0s I\r\f\b\v \0! Aq\r \0A\xD3 \x07A\fj\x99\r \x07(\f!\f\v \0! 	E \xC0A0Hr A:Or\r\vA
!\f\v A
 \x1B!\f\v \0!\v B7\0 h"A\0  u"AF\x1B!\r Aq! A\xEE\xB3j-\0\0! A\xBE\xB3j-\0\0! Ak"AtA\xA0\xB4j(\0!A\x7F!A\0!	\x7F@@@@@ -\0\0"A.G@ !
\f\v@ \0 O@A.!  ,\0s Nr\r A\0H\r\f\vA.!  A\0Nr\r\v \x07 Aj"
6\f -\0! 	!\v A\xFFqA0F\r 
!\v 	!
@@@@@@ A\xFFqA.G\r\0@ \0 O@A.!  ,\0s Nr\r\f\vA.! \r\v A\0N\r \x07 Aj"6\f -\0! 
!\f\v !\v \xC0s" I\r !\v \b@   \b\xAD\xA7 \f\xAD\v \rE ErE@  (Ar6\vA!\f E\r\f\v \x07 Aj"6\f@ \v H@   \flj!\f  \bAj"\bF@   \f\xADA\0!\fA\0!\b\v \vAj!\v\f\v  r!\v 
Aj!
 -\0\0!\f\v\v -\0\0!@ A
F@ "A rA\xE5\0G\r\f\vA\xC0\0! A\xC0\0F\r\0 \rAkAK\r "A rA\xF0\0G\r\v \0 O\rA!\b \x07 Aj"6\f@@@ -\0"A+k\0\vA\0!\b\v \x07 Aj"6\f -\0!\v \xC0s"A	K\r A\xDFqA\xD0\0G!\fA\0!@ \x07 Aj"6\f ,\0s"A	KE@   A
lj  A\xCB\x99\xB3\xE6\0Jr"Aq\x1B! !\f\v\v  \vA\0Gq@B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0B\0 \b\x1B!\f\v A\0 k \b\x1B\f\v \x07 
Aj"6\f 	Aj!	\f\v\vA\0\v! \0 F\r \vE\r 	 \vj 
  A\0H\x1Bk!\0~ \r@ \rA \f\x1B l \0 \rlk"\0 \v \rlj" \rA\x80\brN\r A\xCEwH\r \x07A\bj A\0 \0k\xB2\f\v  \0k"\0 \vj" At"A\xB0\xB5j.\0J\r  A\x80\xB6j.\0L\r \x07A\bj    \0\xF6\v"P\r \x07(\b"\0A\x80\bJ\r\0 \0A\xCFwH\r \0A\x82xL@ A\x83x \0k\xAD\x88!\f\v B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\x83 \0A\xFE\x07j\xADB4\x86\x84!\f\vB\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0!\v  \x84\xBF\f\vD\0\0\0\0\0\0\xF8\x7F\v @  \x07(\f6\0\v \x07Aj$\0\v\x96\x7F~ \0(\xE0"E@A\0\v \0 Ak"6\xE0 \0 Atj!@ )\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FQ@ \xA7\v A<H@ \xA7")! \0 Aj"6\xE0 \0 Atj 7\0 Aj! !\f\v\vA\xC2\x9CA\xDF\x90A\xF2!A\xDB&\0\0\v\xA4\x7F~@ \0 0E\r\0 \xA7"/AF@ \0  ( )\0\xDD\v B\x80\x80\x80\x80pT\r\0@ \0 A? A\0"\x07B\xFF\xFF\xFF\xFFoX@A\x7F! \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0A\xFE3A\0\f\v \xA7! \x07\xA7!@@ ((,"E@ /A\x80qA\x80\bG\r  (\0Aj6\0 \xADB\x80\x80\x80\x80p\x84!@@ \0 \xCE"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80 Q\r B\x80\x80\x80\x80\xE0\0Q\r \xA7 F@ \0 \f\v \0\x7FE\r\0\v \0 \vA\x7F!\f\v " G\r\v\vA!\v \0 \x07\v \vP\x7F@ \0A\0 A\0 \0(A\xFF\xFF\xFF\xFF\x07q"\0 (A\xFF\xFF\xFF\xFF\x07q" \0 I"\x1B\x9B"\r\0A\0! \0 F\r\0A\x7FA \x1B!\v \v\xD2\r\x7F~ \0 ( (jY"\x07E@A\0\v Aj! Aj! (! \x07A\bj" ("\bAt"\fj  A\bj"	 \b (\bA\0\x986\0A  AM\x1B!\r A\bj!
A!@  \rFE@  At"j!\v  
j5\0!A\0!A\0!@  \bFE@ \v At"j" 5\0 \xAD 	 j5\0 ~||">\0 B \x88\xA7! Aj!\f\v\v \v \fj 6\0 Aj!\f\v\v  (\0At"j(\0A\0H@  j"  
 (\0\xFF\v  (\0"Atj(\0A\0H@  Atj"  	 (\0\xFF\v \0 \x07\xFB\vD\0@ B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ \0AY"\0E\r \0 >\b \0\v \0AY"\0E\r\0 \0 7\b \0\vA\0\v\xAE\x7F~@ \0 \xA7" \xE1@ !	\f\v~@@ \xA7"("A\xFF\xFF\xFF\xFF\x07q ("\x07A\xFF\xFF\xFF\xFF\x07qj"\bA\x80\x80\x80\x80O@ \0A\x91\xE7\0A\06\f\v \0 \b  \x07r"Av\xE0"\x07\r\vB\x80\x80\x80\x80\xE0\0\f\v \x07Aj!@ A\0N@ (A\xFF\xFF\xFF\xFF\x07q"@  Aj \xFC
\0\0\v (A\xFF\xFF\xFF\xFF\x07q"@  (A\xFF\xFF\xFF\xFF\x07qj Aj \xFC
\0\0\v  \bjA\0:\0\0\f\v   (A\xFF\xFF\xFF\xFF\x07q\xBF  (Atj  (A\xFF\xFF\xFF\xFF\x07q\xBF\v \x07\xADB\x80\x80\x80\x80\x90\x7F\x84\v!	 \0 \v \0  	\v\0 @ \0 \xC0 \xFC\v\0\v\vd\0 B\xFF\xFF\xFF\xFF\x07X@ B\x80\x80\x80\x80\xF0\0\x84\v@ B\0Y@ \0 \xBB!\0\f\v \0AY"\0E@A\0!\0\f\v \0A\x006 \0 7\b\v \0\xADB\x80\x80\x80\x80\xF0~\x84B\x80\x80\x80\x80\xE0\0 \0\x1B\v\xE5\x7F \xA7"("A0j!\x07  ( qA\x7FsAtj(\0!@@@ E\r \x07 Ak"Atj"(\0!  (G@ A\xFF\xFF\xFFq!\f\v\v A\x80\x80\x80\x80|N\r ( Atj(\0"\0 \0(\0Aj6\0 \0\vA\0! \0A\xC7"\x7F \0  A'~"E@ \0( \x8DA\0\v  6\0  (\0Aj6\0 A\0\v\vA\xEE\x9DA\xDF\x90A\xB6\x82A\x8D\xD0\0\0\0\vv~\x7F\x7F \0 \xBD"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80\xE0\0Q@B\0!A\x7F\f\v@ B\x80\x80\x80\x80\xF0\0Q@ \xC4!\f\v \xA7"5\b! (AO@ 5\fB \x86 \x84!\v \0 \vA\0\v  7\0\v\x90\x7F~ (")\0"\x07B\xFF\xFF\xFF\xFFV (("Aj" \x07\xA7MrE@ (-\x003A\bqE@ \0  \0 A2\xA1\v  \xAD7\0\v@  ( M\r\0 \0  \x99E\r\0 \0 A\x7F\v ($ Atj 7\0  6(A\v\xBC\x7F#\0Ak"$\0  7\b@ @  (\0Aj6\0 \0 \xADB\x80\x80\x80\x80p\x84 A A\bj=! \0 )\bA\x7F! B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 A!\f\v \0  A\x80\x80qE@A\0! A\x80\x80qE\r \0((\x94"E\r -\0$AqE\r\v \0A\x81\x1BA\0A\x7F!\v Aj$\0 \v\xB4~\x7F#\0Ak"$\0@@ \0 A3,@ \0 B\x80\x80\x80\x800\x93"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0  \xF6! \0  B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0   \xC4@ \x07AFE@ \0  \x07Atj)\0 \x07Aj!\x07\f\v\vE\r \0 \vB\x80\x80\x80\x80\xE0\0!\f\v !\v Aj$\0 \v\xB3\x7F~@ (d"A\x80\xFEq\r\0  A\x80r6d@ (  L@A\0\v ( Atj"\x07)\b!\b \x07(\0!A\x7F! \0 (\xA6"E\r@ \0 \xA6"E@A\0!\f\v \0   \b\xD8! \0 Q !\v \0 Q E\r \x07 6 Aj! \0 \x8FA\0N\r\0\v\v \v3\x7F#\0A\xD0\0k"$\0  \0( Aj \x856\0 \0  \x95 A\xD0\0j$\0\v;\x7F \0("  \xC6"E@ \0\xC9B\x80\x80\x80\x80\xE0\0\v (8 Atj5\0B\x80\x80\x80\x80\x80\x7F\x84\v\x88\x7FA\x90!@@@@@@@@@@A\b B \x88\xA7" A\bkAoI\x1BA	j	\x07\b\b\b\b\0\b\b\b	\0\b\vA\xCA\0\vA\xCB\0\vA\xCC\0\v \xA7.A\0N\r\vA\xC9\0\v \0 0E\r\0A\x1B\vA\xCD\0\vA\xCE\0\vA\xD0\0!\v \v\v\0 \0 A\xA2\v\x99
\x7F \xA7" 6  B\x007$@ (@"\bE\r\0@ \0 \bAt?"E\r\0  6$@ E\r\0 (@"A\0 A\0J\x1B!	@ 	 \fF\r@ ($ \fAtj"/\0"A\x07qAG\r\0 AtA\x80q"\bA\xC0\0r \b A\x80qA\x80F\x1B!\b \0(\xD0"\x07("A0j!\v  (" (qA\x7FsAtj(\0!@@@@@@ E\r \v Atj"
A\bk!  
Ak(\0G@ (\0A\xFF\xFF\xFFq!\f\v\v \bA\x80O@ E\r -\0Aq\r\f\v E\r \bE\r (\0"A\x80\x80\x80 q\r A\x80\x80\x80\x80|qA\x80\x80\x80\x80F\r A\x80\x80\x80\xC0qA\x80\x80\x80\xC0F\r\f\v \bA\x80O\r\v \x07-\0Aq\r\v \0 A\xD1\xB8\x94\f\v \0(\xD8("A0j!\b  ( qA\x7FsAtj(\0!@ E\r \b Atj"\x07A\bk!  \x07Ak(\0G@ (\0A\xFF\xFF\xFFq!\f\v\v E\r\v \0 \xED\f\v \fAj!\f\f\0\v\0\vA\0!\f@ \f (@N\r@@@@@@@@@@@@@@ ($ \fAtj"\b/\0"A\x07qAk\x07\0\r\v@@ A\bq@AA\x07 Aq\x1B!\v \0(\xD8"("\x07A0j!
 \x07 \b("	 \x07(qA\x7FsAtj(\0!\x07@@ \x07E\r 
 \x07AkAt"\rj"(\0!\x07 	 (G@ \x07A\xFF\xFF\xFFq!\x07\f\v\v \x07A\x80\x80\x80\x80|N\r
 ( \rj(\0" (\0Aj6\0\f\v \0(\xD0"\x07("
A0j!\r 
 
( 	qA\x7FsAtj(\0!
@ 
E\r 	 \r 
AkAt"j"
(G@ 
(\0A\xFF\xFF\xFFq!
\f\v\v 
(\0A\xFF\xFF\xFF\xFF{J\r \x07(! \0A\0\xC7"	E\r 	  j"\x07(\0")7 B\x80\x80\x80\x80\xC0\x007 \x07 	6\0\f\vA\x07A -\0Aq\x1B!\v \0(\xD0!@@ ("A0j!
  \b("	 (qA\x7FsAtj(\0!@ E\r 	 
 AkAt"j"\x07(G@ \x07(\0A\xFF\xFF\xFFq!\f\v\v ( j!
 \x07(\0AvA0q"A G@ A0G\r
 \0  	 
 \x07\xFAE\r\f\v\v 
(\0" (\0Aj6\0\f\r\v -\0AqE\r	 \0(\xD0!\x07 \b/\0!\v \0 \x07)  	 AvAq\xD2"E\r\v \b-\0\0A\bq@ A:\0  \b-\0\0AvAq:\0\x07\v \0  \b( \vA r~"E@ \0( \x8D\f\v  6\0  (\0Aj6\0\f\v\v \0(\xD8"("A0j!	  \b("\x07 (qA\x7FsAtj(\0!@@ E\r 	 AkAt"\vj"
(\0! \x07 
(G@ A\xFF\xFF\xFFq!\f\v\v A\x80\x80\x80\x80|N\r\b ( \vj(\0" (\0Aj6\0\f\v\v \0(\xD0!@@ ("A0j!\x07  \b("	 (qA\x7FsAtj(\0!@ E\r 	 \x07 AkAt"\vj"(G@ (\0A\xFF\xFF\xFFq!\f\v\v ( \vj!\x07 (\0AvA0q"\vA G@ \vA0G\r \0  	 \x07 \xFAE\r\f\v\v \x07(\0" (\0Aj6\0\f\v\v \0 )  	\x8A!\f\b\v \0  \b/A\0\xAA!\f\x07\v \0  \b/A\xAA!\f\v  \b/Atj(\0" (\0Aj6\0\f\x07\v \0 AvAq\xC7!\f\v \0 )  	\x8A"\r\f\b\vA\xEE\x9DA\xDF\x90A\xF5\x82A\xF0\xCF\0\0\0\v \0 )  	\x8A!\f\vA\xEE\x9DA\xDF\x90A\xD5\x83A\xDA\xCF\0\0\0\v E\r\f\v \b/\0A\x80qA\x80G\r\0 \x07(\0"A\x80\x80\x80 qE\r\0@ Av"\bA0q"	A G@ 	AF@ \0( 
 \b\xB0 \x07 \x07(\0A\xFF\xFF\xFFq \vAtrA\x80\x80\x80\x80xr6\0 
 6\0  (\0Aj6\0\f\vA\xEE\x9DA\xDF\x90A\xA9\x83A\xF0\xCF\0\0\0\v \x07 A\xFF\xFF\xFFq \bA(q \vrAtr6\0\v A\0:\0\x07\v  \fAtj 6\0\v \fAj!\f\f\0\v\0\v \0 B\x80\x80\x80\x80\xE0\0!\v \vm\x7F@ B\x80\x80\x80\x80pT\r\0 \xA7"/\xFFE\r\0 ( -\0A\bqE\r\0 (("@ \0 \xADB\x80\x80\x80\x80p\x84\vA\0!\0 B\x80\x80\x80\x80pZ@ \xA7"\0 \0(\0Aj6\0\v  \x006(\v\v\f\0 \0A\xA3\xDE\0A\0\v\xB0\x7F~#\0Ak"$\0@ B\xFF\xFF\xFF\xFFoX@ \0A\xC05A\0\f\v \0 A\bj 8\r\0 )\b"	B\xFF\xFFY@ A\xFE\xFF6\0 \0A\xA0\xB2 2\f\v \0A 	\xA7" AM\x1BAt?"E\r\0@@ \xA7"\x07/"\bA	KA \btA\x84qEr\r\0 \x07-\0A\bqE\r\0 \x07(( G\r\0 \bA	F@@  F\r \x07($ Atj(\0()\0"B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v  Atj 7\0 Aj!\f\0\v\0\v@  F\r At"\b \x07($j)\0"B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v  \bj 7\0 Aj!\f\0\v\0\v@  F\r \0  \xA3"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0  \xA7A\0!\f  Atj 	7\0 Aj!\f\v\0\v\0\v  6\0 !\v Aj$\0 \v\x9B\x7F~~B\x80\x80\x80\x80\xE0\0 \0\x7F\r\0@@ B\x80\x80\x80\x80pZ@ \xA7"\x07-\0AqE@ \0 \x96B\x80\x80\x80\x80\xE0\0\v Ar! \x07/"A\rF\r \0((D Alj("\r\v \0A\xC9\xD5\0A\0B\x80\x80\x80\x80\xE0\0\v \0      \0\v \x07( -\0Aq@ \0 B\x80\x80\x80\x800    \xDD\vB\x80\x80\x80\x80\xE0\0 \0 AV"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0  \b    \xDD"B\xFF\xFF\xFF\xFFoX B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0RqE@ \0 \b \v \0  \b\v\v\xF8\x7F~@@ \0 \xA7"/\0AvAq/\xD0\xE4\x88"B\x80\x80\x80\x80\xE0\0Q@\f\v@ \0     \x94"B\x80\x80\x80\x80\xE0\0Q\r\0 \0  ("A/ \x1B /,\xA4 /\0"Aq@ \0 \0(8A\xD8A\x80 A0qA0F\x1Bj)\0\x90"B\x80\x80\x80\x80\xE0\0Q\r \0 A? A \v AqE\r B\x80\x80\x80\x80pZ@ \xA7" /A\x80 r;\v \0 A?A\0A\0A\xA3 \v\v \0 B\x80\x80\x80\x80\xE0\0!\v \vR\x7F~B\x80\x80\x80\x80 !A B \x88\xA7"A	j A\bkAoI\x1B"AKA\x8F\x8C\f vAqEr~B\x80\x80\x80\x80  \0(8 At(\xB0\xB1j)\0\v\v1\x7F#\0Ak"$\0 A\x006\b B\x80\x80\x80\x807\0 \0  A\xD6 Aj$\0\v\xCB\f\x7F~ A\0 k"
l!\x07@ AF\r\0 A\xEE\xB3j-\0\0!	 A\0N@ \0Aj!A\0!@ E\r   	  	H\x1B"G@  \xAD\xA7!\b !\v   \0(\0 \bA\0\x98"\r@ \0 \0(\0"Aj6\0  Atj \r6\0\v  k!\f\0\v\0\v 	 A\x7Fsj 	mAt" \x07j!\x7F E@  \0\xB1k\f\v  kAj\v!A\0! \0A\0  A\0 A\0J\x1B"jkA\xD8 \0Aj! AG!A\0!\x07A\0!@ 
@  
 	 	 
J\x1B"G@\x7F  A\rKrE@ At"A\xDC\xB7j(\0"\x07 \x07g"\x07t!\b A\xAC\xB8j(\0\f\v  \xAD\xA7" g"\x07t"\bA\x7Fs\xADB \x86B\xFF\xFF\xFF\xFF\x84 \b\xAD\x80\xA7\v!\r !\v \0(\0!\vA\0! \x07@   \v \x07\xB0!\v \b\xAD! \r\xAD!@ \vAk"\vA\0N@  \vAt"\fj    \fj(\0"\fAu"k\xAD ~ \b q \fj\xAD|B \x88\xA7j" \xADB\x7F\x85 ~ \f\xAD \xADB \x86\x84|"B \x88\xA7"jAj6\0 \xA7  \bqj!\f\v\v  \x07v! \0\xE7  r! 
 k!
\f\v\v  (\0 A\0Gr6\0  j!\x07\v \x07\v5\0 \0 7 \0AA B\x80\x80\x80\x80T\x1B6\0 \0 \0   A \x9C k \xD8\v\xCB\x7F~#\0A0k"$\0@ A
F@ \0 \xEE!\f\v  AkqE@A gk! P@A! \0B\0 A\xBF\f\v \0    y\xA7kA?j\xC0 m\xC0"\xBF\f\v \xAD! A)j"!@ Ak"A0A\xD7\0   \x80"\x07 ~}\xA7"A
H\x1B j:\0\0  Z \x07!\r\0\v  k"E\r\0 \0  \xFC
\0\0\v A0j$\0 \v;\0  AkqE@ g"Ak \0Auq \0jA km\v AtA\xC8\xB6j4\0 \0\xAC~B\x88\xA7\v\xF6~\x7F@ \xBD"B\x86"P \xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0VrE@ \0\xBD"B4\x88\xA7A\xFFq"A\xFFG\r\v \0 \xA2"\0 \0\xA3\v  B\x86"Z@ \0D\0\0\0\0\0\0\0\0\xA2 \0  Q\x1B\v B4\x88\xA7A\xFFq!\x07~ E@A\0! B\f\x86"B\0Y@@ Ak! B\x86"B\0Y\r\0\v\v A k\xAD\x86\f\v B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\x83B\x80\x80\x80\x80\x80\x80\x80\b\x84\v!~ \x07E@A\0!\x07 B\f\x86"B\0Y@@ \x07Ak!\x07 B\x86"B\0Y\r\0\v\v A \x07k\xAD\x86\f\v B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\x83B\x80\x80\x80\x80\x80\x80\x80\b\x84\v!  \x07J@@@  }"B\0S\r\0 "B\0R\r\0 \0D\0\0\0\0\0\0\0\0\xA2\v B\x86! Ak" \x07J\r\0\v \x07!\v@  }"B\0S\r\0 "B\0R\r\0 \0D\0\0\0\0\0\0\0\0\xA2\v B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07X@@ Ak! "B\x86! B\x80\x80\x80\x80\x80\x80\x80T\r\0\v\v B\x80\x80\x80\x80\x80\x80\x80\x80\x80\x7F\x83 B\x80\x80\x80\x80\x80\x80\x80\b} \xADB4\x86\x84 A k\xAD\x88 A\0J\x1B\x84\xBF\v\xE1\x07|\b\x7F~D\0\0\0\0\0\0\xF0?!@@@ \xBD"B \x88"\xA7"A\xFF\xFF\xFF\xFF\x07q"	 \xA7"\frE\r\0 \0\xBD"\xA7"E B \x88"B\x80\x80\xC0\xFFQq\r\0 \xA7"\vA\xFF\xFF\xFF\xFF\x07q"
A\x80\x80\xC0\xFF\x07K 
A\x80\x80\xC0\xFF\x07F A\0Gqr 	A\x80\x80\xC0\xFF\x07KrE \fE 	A\x80\x80\xC0\xFF\x07GrqE@ \0 \xA0\v@@@@@\x7FA\0 B\0Y\r\0A 	A\xFF\xFF\xFF\x99K\r\0A\0 	A\x80\x80\xC0\xFFI\r\0 	Av!\r 	A\x80\x80\x80\x8AI\rA\0 \fA\xB3\b \rk"v"\r t \fG\r\0A \rAqk\v! \f\r 	A\x80\x80\xC0\xFF\x07G\r 
A\x80\x80\xC0\xFFk rE\r 
A\x80\x80\xC0\xFFI\r D\0\0\0\0\0\0\0\0 B\0Y\x1B\v \f\r 	A\x93\b \rk"\fv"\r \ft 	G\r\0A \rAqk!\v 	A\x80\x80\xC0\xFFF@ B\0Y@ \0\vD\0\0\0\0\0\0\xF0? \0\xA3\v B\x80\x80\x80\x80Q@ \0 \0\xA2\v B\x80\x80\x80\xFFR B\0Sr\r\0 \0\x9F\v \0\x99! \r@ \vA\0H@ \vA\x80\x80\x80\x80xF \vA\x80\x80\xC0\xFF{Fr \vA\x80\x80@Fr\r\f\v \vE \vA\x80\x80\xC0\xFF\x07Fr\r\0 \vA\x80\x80\xC0\xFFG\r\vD\0\0\0\0\0\0\xF0? \xA3  B\0S\x1B! B\0Y\r  
A\x80\x80\xC0\xFFkrE@  \xA1"\0 \0\xA3\v \x9A  AF\x1B\vD\0\0\0\0\0\0\0\0 \x9A B\0Y\x1B\v@ B\0Y\r\0@@ \0\v \0 \0\xA1"\0 \0\xA3\vD\0\0\0\0\0\0\xF0\xBF!\v| 	A\x81\x80\x80\x8FO@ 	A\x81\x80\xC0\x9FO@ 
A\xFF\xFF\xBF\xFFM@D\0\0\0\0\0\0\xF0\x7FD\0\0\0\0\0\0\0\0 B\0S\x1B\vD\0\0\0\0\0\0\xF0\x7FD\0\0\0\0\0\0\0\0 A\0J\x1B\v 
A\xFE\xFF\xBF\xFFM@ D\x9Cu\0\x88<\xE47~\xA2D\x9Cu\0\x88<\xE47~\xA2 DY\xF3\xF8\xC2n\xA5\xA2DY\xF3\xF8\xC2n\xA5\xA2 B\0S\x1B\v 
A\x81\x80\xC0\xFFO@ D\x9Cu\0\x88<\xE47~\xA2D\x9Cu\0\x88<\xE47~\xA2 DY\xF3\xF8\xC2n\xA5\xA2DY\xF3\xF8\xC2n\xA5\xA2 A\0J\x1B\v D\0\0\0\0\0\0\xF0\xBF\xA0"\0DD\xDF]\xF8\v\xAET>\xA2 \0 \0\xA2D\0\0\0\0\0\0\xE0? \0 \0D\0\0\0\0\0\0\xD0\xBF\xA2DUUUUUU\xD5?\xA0\xA2\xA1\xA2D\xFE\x82+eG\xF7\xBF\xA2\xA0"  \0D\0\0\0\`G\xF7?\xA2"\xA0\xBDB\x80\x80\x80\x80p\x83\xBF"\0 \xA1\xA1\f\v D\0\0\0\0\0\0@C\xA2"\0  
A\x80\x80\xC0\0I"	\x1B! \0\xBDB \x88\xA7 
 	\x1B"\fA\xFF\xFF?q"
A\x80\x80\xC0\xFFr!\v \fAuA\xCCwA\x81x 	\x1Bj!\fA\0!	@ 
A\x8F\xB1I\r\0 
A\xFA\xEC.I@A!	\f\v 
A\x80\x80\x80\xFFr!\v \fAj!\f\v 	At"
+\x80 \xBDB\xFF\xFF\xFF\xFF\x83 \v\xADB \x86\x84\xBF" 
+\xF0"\xA1"D\0\0\0\0\0\0\xF0?  \xA0\xA3"\x07\xA2"\xBDB\x80\x80\x80\x80p\x83\xBF"\0 \0 \0\xA2"\bD\0\0\0\0\0\0\b@\xA0 \x07  \0 	At \vAvjA\x80\x80\xA0\x80j\xADB \x86\xBF"\xA2\xA1 \0  \xA1 \xA0\xA2\xA1\xA2"  \0\xA0\xA2  \xA2"\0 \0\xA2 \0 \0 \0 \0 \0D\xEFNEJ(~\xCA?\xA2De\xDB\xC9\x93J\x86\xCD?\xA0\xA2DA\xA9\`t\xD1?\xA0\xA2DM&\x8FQUU\xD5?\xA0\xA2D\xFF\xABo\xDB\xB6m\xDB?\xA0\xA2D33333\xE3?\xA0\xA2\xA0"\xA0\xBDB\x80\x80\x80\x80p\x83\xBF"\0\xA2"  \0\xA2   \0D\0\0\0\0\0\0\b\xC0\xA0 \b\xA1\xA1\xA2\xA0"\xA0\xBDB\x80\x80\x80\x80p\x83\xBF"\0D\xF5[\xE0/>\xBE\xA2  \0 \xA1\xA1D\xFD:\xDC	\xC7\xEE?\xA2\xA0\xA0" 
+\x90"  \0D\0\0\0\xE0	\xC7\xEE?\xA2"\xA0\xA0 \f\xB7"\xA0\xBDB\x80\x80\x80\x80p\x83\xBF"\0 \xA1 \xA1 \xA1\xA1\v!  B\x80\x80\x80\x80p\x83\xBF"\xA1 \0\xA2  \xA2\xA0" \0 \xA2"\xA0"\0\xBD"\xA7!	@ B \x88\xA7"
A\x80\x80\xC0\x84N@ 
A\x80\x80\xC0\x84k 	r\r D\xFE\x82+eG\x97<\xA0 \0 \xA1dE\r\f\v 
A\x80\xF8\xFF\xFF\x07qA\x80\x98\xC3\x84I\r\0 
A\x80\xE8\xBC\xFBj 	r\r  \0 \xA1eE\r\0\f\vA\0!	 | 
A\xFF\xFF\xFF\xFF\x07q"\vA\x81\x80\x80\xFFO~A\0A\x80\x80\xC0\0 \vAvA\xFE\x07kv 
j"
A\xFF\xFF?qA\x80\x80\xC0\0rA\x93\b 
AvA\xFFq"\vkv"	k 	 B\0S\x1B!	  A\x80\x80@ \vA\xFF\x07ku 
q\xADB \x86\xBF\xA1"\xA0\xBD \vB\x80\x80\x80\x80p\x83\xBF"\0D\0\0\0\0C.\xE6?\xA2"  \0 \xA1\xA1D\xEF9\xFA\xFEB.\xE6?\xA2 \0D9l\xA8\fa\\ \xBE\xA2\xA0"\xA0"\0 \0 \0 \0 \0\xA2"    D\xD0\xA4\xBEri7f>\xA2D\xF1k\xD2\xC5A\xBD\xBB\xBE\xA0\xA2D,\xDE%\xAFjV?\xA0\xA2D\x93\xBD\xBEl\xC1f\xBF\xA0\xA2D>UUUUU\xC5?\xA0\xA2\xA1"\xA2 D\0\0\0\0\0\0\0\xC0\xA0\xA3 \0  \0 \xA1\xA1"\0\xA2 \0\xA0\xA1\xA1D\0\0\0\0\0\0\xF0?\xA0"\0\xBD"B \x88\xA7 	Atj"
A\xFF\xFF?L@ \0 	\xDE\f\v B\xFF\xFF\xFF\xFF\x83 
\xADB \x86\x84\xBF\v\xA2!\v \v D\x9Cu\0\x88<\xE47~\xA2D\x9Cu\0\x88<\xE47~\xA2\v DY\xF3\xF8\xC2n\xA5\xA2DY\xF3\xF8\xC2n\xA5\xA2\v\x8C~\x7F#\0A k"$\0B\x80\x80\x80\x80\xE0\0!@@@@@@@@@@@@@@A\b B \x88\xA7" A\bkAoI\x1BA	j
\b\0\v\v\v\x07\v\v\r
	\v\v B\x80\x80\x80\x80\xF0~T\r\v \xA7"\0 \0(\0Aj6\0\f\v\v \xA7! B\x80\x80\x80\x80\xF0~Z@  (\0Aj6\0\v@@ )"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FR\r\0 \xA7(A\xFF\xFF\xFF\xFF\x07q\r\0 )"B\x80\x80\x80\x80\xF0~T\r \xA7" (\0Aj6\0\f\vB\x80\x80\x80\x80\xE0\0! \0  ( -\0\b\x9B\r\0  \x8C\r\0 <! (\0AH\r\0 \0 ) \0 ) B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v  7  \0A/37\v \0 \f\v\v \0 \x7F \xA7"A\0N@  \xDF\f\v A-:\0\0 ArA\0 k\xDFAj\vu!\f
\v \0AA \xA7\x1B3!\f	\v \0A3!\f\b\v \0A\xC9\03!\f\x07\v \0 A\0\xD9"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ !\f\x07\v \0  \xA2! \0 \f\v \0A\xDF\x94\xC8!\f\v @ B\x80\x80\x80\x80\xF0~T\r \xA7"\0 \0(\0Aj6\0\f\v \0A\xD0\xE7\0A\0\f\v \0 B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBFA
A\0A\0\x9A!\f\v \0 A
\xF7!\f\v \0A\xCC\x94\xC8!\f\v !\v A j$\0 \vO\x7F#\0Ak"$\0@ A\fj  \xDA"A\0H@A\x7F!\f\v (\f"AvA\0 Aqks!\v \0 6\0 Aj$\0 \vP\x7F \0(\xF4 (A  \0(\xE8kvAtj!@ "(\0"A(j!  G\r\0\v  ((6\0 \0 \0(\xF0Ak6\xF0\vT\x7F \0A:\0h \0A\xD8\0j!@@  \0(\\"G@ A\bk"(\0\r \0 \xFF\f\v\v \0A\0:\0h\vA\x84\xAEA\xDF\x90A\xF9.A\xB1)\0\0\v,\x7F~ \0 3"B\x80\x80\x80\x80\xE0\0R@ \0A\0 \xE1! \0 \v \v;\0 \0   \x7FA\0 \0("\0/\x90A\xFFK\r\0A \0(\x94"\0E\r\0 \0)\b\xB2E\v\x82\v*\0 \0 \x8B"E@ \0 A\x7F\v \0     \0 \v\r\0 \0  A\x90\vV\x7F~B\x80\x80\x80\x800!@ \0B\x80\x80\x80\x80pT\r\0 \0\xA7"/A3G\r\0 ( "E\r\0 )"B\x80\x80\x80\x80\xF0~T\r\0 \xA7" (\0Aj6\0\v \v6\x7FA\x7F!@ \0B\x80\x80\x80\x80pT\r\0 \0\xA7"/A3G\r\0 ( "E\r\0 (\0!\v \v1\0 Aq@A\xCC\x9EA\xDF\x90A\x91\x9FA\xD6=\0\0\v \0 \0)\xD0    A\x7F\xD9\v\xC2\x7F#\0Ak"$\0 \0(\0!@@@@  "Aj"6\f@ -\0\0"A	k"AK\r\0A t"A\x8D\x80\x80q\r AqE\r\0 E\r\f\v@@@@@@ A/G@@ A\xE5\0k\x07\x07\0\v A=F\r A\xDC\0F\r A\xEF\0G\rAYA\x83\x7F A\xC8\xEC\0\xEB\x1B!\f
\v -\0\0"A*G@ A/G@A/!\f\v\vA/! \r	@@@ A
k

\0\v E\r	\v  Aj"6\f -\0! !\f\0\v\0\v@  "Aj"6\f -\0"A\rF@ \r
\f\v E\r\x07 A\0 A
F\x1B\r	 A*G\r\0 -\0A/G\r\0\v  Aj"6\f\f\v -\0\0A>G@A=!\f	\vA\xA4\x7F!\f\b\v A\xBD\xDD\0\xEB@A\xB7\x7F!\f\b\v A\xE3(\xEBE\r \0 Aj6\0AM!\f\x07\vAKA\x83\x7F A\xDD(\xEB\x1B!\f\vAEA\x83\x7F A\xAA\xD6\0\xEB\x1B!\f\vA\xDC\0! -\0\0A\xF5\0G\r A\fjA\xE8\xB3\r\f\v@ \xC0A\0N\r\0 A A\fjM! E\r\0 A~qA\xA8\xC0\0F\r\v \xD6@ (\f!\f\v\v \xB3E\r\vA\x83\x7F!\f\vA
!\v Aj$\0 \v\xAD\b\x7F	~#\0A\xE0\0k"$\0B\x80\x80\x80\x800!
 B\x80\x80\x80\x80070 B\x80\x80\x80\x8007( B\x80\x80\x80\x8007  A\xC8\0j"6@  \0A/3"	78 \0 A\0C  \0B"\x077 B\x80\x80\x80\x80\xE0\0!\b@@@ \x07B\x80\x80\x80\x80\xE0\0Q\r\0@@ \0 0@  7\f\v \0 \xD5"A\0H\r E\r\0  \0B"\r7( \rB\x80\x80\x80\x80\xE0\0Q\r \0 A\bj 8\r )\b"\x07B\0 \x07B\0U\x1B!@ \v Q\r  \0  \vr"\x077 \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r@@@ \x07B\x80\x80\x80\x80pZ@ \x07\xA7/A\xFE\xFFqAG\r  \0 \x07@"\x077 \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\f\v \x07B \x88"\fPE \f\xA7A	jAIqE@  \0 \x07@"\x077 \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\f\v \fB\xFB\xFF\xFF\xFF}B}X\r\v \0 \rA Aj\xF0"\fB\x80\x80\x80\x80\xF0\0\x83B\x80\x80\x80\x80\xE0\0Q@ \0 \x07\f\v \0 \f-\r\0 \0 \r  \x07\x9A B|!\f\v \0 \x07\v \vB|!\v\f\0\v\0\v@ B\x80\x80\x80\x80\xF0~T\r\0 \xA7" (\0Aj6\0 B\x80\x80\x80\x80pT\r\0@@@ /Ak\0\v \0 \x86!\f\v \0 @!\v B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\0 \0 \f\v@ B \x88"PE \xA7A	jAIqE@ \0 Aj A
A\0Z\r  \0A\xB5\xBC (u"70\f\v B\xFB\xFF\xFF\xFF}B~Z@  \0 \xA7"A\0A
 (A\xFF\xFF\xFF\xFF\x07q" A
O\x1B\x91"70\f\v 	B\x80\x80\x80\x80\xF0~Z@ 	\xA7" (\0Aj6\0\v  	70 	!\v \0  B\x80\x80\x80\x80\xE0\0Q\r \0g"
B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x80\xE0\0!
\f\v B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 
A/ A\x07A\0H\r B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 Aj" 
  	\xDA"B\x80\x80\x80\x80p\x83"\bB\x80\x80\x80\x800Q \bB\x80\x80\x80\x80\xE0\0Qr\r \0   	\xD9 (@!E\r\vB\x80\x80\x80\x80\xE0\0!\b\v (\0("Aj ( (\0\0 A\x006\f\v <!\b\v \0 
 \0 )8 \0 )0 \0 )( \0 )  A\xE0\0j$\0 \b\v\xC2\x7F#\0A\xD0k"$\0  6\xCC A\xA0j"A\0A(\xFC\v\0  (\xCC6\xC8@A\0  A\xC8j A\xD0\0j   \x95A\0H@A\x7F!\f\v \0(LA\0H \0 \0(\0"\bA_q6\0\x7F@@ \0(0E@ \0A\xD0\x0060 \0A\x006 \0B\x007 \0(,! \0 6,\f\v \0(\r\vA\x7F \0\xD2\r\v \0  A\xC8j A\xD0\0j A\xA0j  \x95\v! @ \0A\0A\0 \0($\0 \0A\x0060 \0 6, \0A\x006 \0(! \0B\x007 A\x7F \x1B!\v \0 \0(\0"\0 \bA qr6\0A\x7F  \0A q\x1B!\r\0\v A\xD0j$\0 \v\xD5\x7F|~#\0A0k"
$\0@@@ \0\xBD"B \x88\xA7"A\xFF\xFF\xFF\xFF\x07q"A\xFA\xD4\xBD\x80M@ A\xFF\xFF?qA\xFB\xC3$F\r A\xFC\xB2\x8B\x80M@ B\0Y@  \0D\0\0@T\xFB!\xF9\xBF\xA0"\0D1cba\xB4\xD0\xBD\xA0"9\0  \0 \xA1D1cba\xB4\xD0\xBD\xA09\bA!\f\v  \0D\0\0@T\xFB!\xF9?\xA0"\0D1cba\xB4\xD0=\xA0"9\0  \0 \xA1D1cba\xB4\xD0=\xA09\bA\x7F!\f\v B\0Y@  \0D\0\0@T\xFB!	\xC0\xA0"\0D1cba\xB4\xE0\xBD\xA0"9\0  \0 \xA1D1cba\xB4\xE0\xBD\xA09\bA!\f\v  \0D\0\0@T\xFB!	@\xA0"\0D1cba\xB4\xE0=\xA0"9\0  \0 \xA1D1cba\xB4\xE0=\xA09\bA~!\f\v A\xBB\x8C\xF1\x80M@ A\xBC\xFB\xD7\x80M@ A\xFC\xB2\xCB\x80F\r B\0Y@  \0D\0\x000\x7F|\xD9\xC0\xA0"\0D\xCA\x94\x93\xA7\x91\xE9\xBD\xA0"9\0  \0 \xA1D\xCA\x94\x93\xA7\x91\xE9\xBD\xA09\bA!\f\v  \0D\0\x000\x7F|\xD9@\xA0"\0D\xCA\x94\x93\xA7\x91\xE9=\xA0"9\0  \0 \xA1D\xCA\x94\x93\xA7\x91\xE9=\xA09\bA}!\f\v A\xFB\xC3\xE4\x80F\r B\0Y@  \0D\0\0@T\xFB!\xC0\xA0"\0D1cba\xB4\xF0\xBD\xA0"9\0  \0 \xA1D1cba\xB4\xF0\xBD\xA09\bA!\f\v  \0D\0\0@T\xFB!@\xA0"\0D1cba\xB4\xF0=\xA0"9\0  \0 \xA1D1cba\xB4\xF0=\xA09\bA|!\f\v A\xFA\xC3\xE4\x89K\r\v \0D\x83\xC8\xC9m0_\xE4?\xA2D\0\0\0\0\0\x008C\xA0D\0\0\0\0\0\x008\xC3\xA0"\xFC!@ \0 D\0\0@T\xFB!\xF9\xBF\xA2\xA0" D1cba\xB4\xD0=\xA2"\xA1"D-DT\xFB!\xE9\xBFc@ Ak! D\0\0\0\0\0\0\xF0\xBF\xA0"D1cba\xB4\xD0=\xA2! \0 D\0\0@T\xFB!\xF9\xBF\xA2\xA0!\f\v D-DT\xFB!\xE9?dE\r\0 Aj! D\0\0\0\0\0\0\xF0?\xA0"D1cba\xB4\xD0=\xA2! \0 D\0\0@T\xFB!\xF9\xBF\xA2\xA0!\v   \xA1"\x009\0@ Av" \0\xBDB4\x88\xA7A\xFFqkAH\r\0   D\0\0\`a\xB4\xD0=\xA2"\0\xA1" Dsp.\x8A\xA3;\xA2  \xA1 \0\xA1\xA1"\xA1"\x009\0  \0\xBDB4\x88\xA7A\xFFqkA2H@ !\f\v   D\0\0\0.\x8A\xA3;\xA2"\0\xA1" D\xC1I %\x9A\x83{9\xA2  \xA1 \0\xA1\xA1"\xA1"\x009\0\v   \0\xA1 \xA19\b\f\v A\x80\x80\xC0\xFF\x07O@  \0 \0\xA1"\x009\0  \x009\bA\0!\f\v 
Aj"A\br! B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\x83B\x80\x80\x80\x80\x80\x80\x80\xB0\xC1\0\x84\xBF!\0A!@  \0\xFC\xB7"9\0 \0 \xA1D\0\0\0\0\0\0pA\xA2!\0 A\0! !\r\0\v 
 \x009 A!@ "Ak! 
Aj" Atj+\0D\0\0\0\0\0\0\0\0a\r\0\v\x7FA\0!#\0A\xB0k"$\0 AvA\x96\bk"AkAm"\bA\0 \bA\0J\x1B"\x07Ahl j!\fA\xC4\x8A(\0"\b Aj"	Ak"\vjA\0N@ \b 	j! \x07 \vk!@ A\xC0j Atj A\0H|D\0\0\0\0\0\0\0\0 At(\xD0\x8A\xB7\v9\0 Aj! Aj" G\r\0\v\v \fAk!A\0! \bA\0 \bA\0J\x1B! 	A\0L!\r@@ \r@D\0\0\0\0\0\0\0\0!\0\f\v  \vj!A\0!D\0\0\0\0\0\0\0\0!\0@  Atj+\0 A\xC0j  kAtj+\0\xA2 \0\xA0!\0 Aj" 	G\r\0\v\v  Atj \x009\0  F Aj!E\r\0\vA/ \fk!A0 \fk! \x07AtA\xD0\x8Aj! \fAH! \b!@  Atj+\0!\0A\0! ! A\0J@@ A\xE0j Atj \0D\0\0\0\0\0\0p>\xA2\xFC\xB7"D\0\0\0\0\0\0p\xC1\xA2 \0\xA0\xFC6\0  AtjA\bk+\0 \xA0!\0 Ak! Aj" G\r\0\v\v \0 \xDE"\0 \0D\0\0\0\0\0\0\xC0?\xA2\x9CD\0\0\0\0\0\0 \xC0\xA2\xA0"\0 \0\xFC"\r\xB7\xA1!\0@@@\x7F E@ At j" (\xDC"  u" tk"6\xDC  \rj!\r  u\f\v \r At j(\xDCAu\v"\vA\0L\r\f\vA!\v \0D\0\0\0\0\0\0\xE0?f\r\0A\0!\v\f\vA\0!A\0!\x07A! A\0J@@ A\xE0j Atj"(\0!\x7F@  \x07\x7FA\xFF\xFF\xFF\x07 E\rA\x80\x80\x80\b\v k6\0A!\x07A\0\f\vA\0!\x07A\v! Aj" G\r\0\v\v@ \r\0A\xFF\xFF\xFF!@@ Ak\0\vA\xFF\xFF\xFF!\v At j"\x07 \x07(\xDC q6\xDC\v \rAj!\r \vAG\r\0D\0\0\0\0\0\0\xF0? \0\xA1!\0A!\v \r\0 \0D\0\0\0\0\0\0\xF0? \xDE\xA1!\0\v@@ \0D\0\0\0\0\0\0\0\0a@A\0! !  \bL\r@ A\xE0j Ak"Atj(\0 r!  \bJ\r\0\v E\r@ Ak! A\xE0j Ak"Atj(\0E\r\0\v\f\v@ \0A \fk\xDE"\0D\0\0\0\0\0\0pAf@ A\xE0j Atj \0D\0\0\0\0\0\0p>\xA2\xFC"\xB7D\0\0\0\0\0\0p\xC1\xA2 \0\xA0\xFC6\0 Aj! \f!\f\v \0\xFC!\v A\xE0j Atj 6\0\vD\0\0\0\0\0\0\xF0? \xDE!\0 A\0N@ !@  "Atj \0 A\xE0j Atj(\0\xB7\xA29\0 Ak! \0D\0\0\0\0\0\0p>\xA2!\0 \r\0\vA\0!\x07 !@ \b \x07 \x07 \bJ\x1B!  Atj!\fA\0!D\0\0\0\0\0\0\0\0!\0@ At"	+\xA0\xA0 	 \fj+\0\xA2 \0\xA0!\0  G Aj!\r\0\v A\xA0j  kAtj \x009\0 Ak!  \x07G \x07Aj!\x07\r\0\v\vD\0\0\0\0\0\0\0\0!\0 A\0N@ !@ "Ak! \0 A\xA0j Atj+\0\xA0!\0 \r\0\v\v 
 \0\x9A \0 \v\x1B9\0 +\xA0 \0\xA1!\0A! A\0J@@ \0 A\xA0j Atj+\0\xA0!\0  G Aj!\r\0\v\v 
 \0\x9A \0 \v\x1B9\b A\xB0j$\0 \rA\x07q\f\vA!@ "Aj! A\xE0j \b kAtj(\0E\r\0\v  j!@ A\xC0j  	j"\x07Atj  Aj"Atj(\0\xB79\0A\0!D\0\0\0\0\0\0\0\0!\0 	A\0J@@  Atj+\0 A\xC0j \x07 kAtj+\0\xA2 \0\xA0!\0 Aj" 	G\r\0\v\v  Atj \x009\0  H\r\0\v !\f\0\v\0\v! 
+\0!\0 B\0S@  \0\x9A9\0  
+\b\x9A9\bA\0 k!\f\v  \x009\0  
+\b9\b\v 
A0j$\0 \v\xF4|\x7F~ \0\xBD"B \x88\xA7A\xFF\xFF\xFF\xFF\x07q"A\x80\x80\xC0\xA0O@ \0D-DT\xFB!\xF9? \0\xA6 \0\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v@\x7F A\xFF\xFF\xEF\xFEM@A\x7F A\x80\x80\x80\xF2O\r\f\v \0\x99!\0 A\xFF\xFF\xCB\xFFM@ A\xFF\xFF\x97\xFFM@ \0 \0\xA0D\0\0\0\0\0\0\xF0\xBF\xA0 \0D\0\0\0\0\0\0\0@\xA0\xA3!\0A\0\f\v \0D\0\0\0\0\0\0\xF0\xBF\xA0 \0D\0\0\0\0\0\0\xF0?\xA0\xA3!\0A\f\v A\xFF\xFF\x8D\x80M@ \0D\0\0\0\0\0\0\xF8\xBF\xA0 \0D\0\0\0\0\0\0\xF8?\xA2D\0\0\0\0\0\0\xF0?\xA0\xA3!\0A\f\vD\0\0\0\0\0\0\xF0\xBF \0\xA3!\0A\v \0 \0\xA2" \xA2"    D/lj,D\xB4\xA2\xBF\xA2D\x9A\xFD\xDER-\xDE\xAD\xBF\xA0\xA2Dm\x9At\xAF\xF2\xB0\xB3\xBF\xA0\xA2Dq#\xFE\xC6q\xBC\xBF\xA0\xA2D\xC4\xEB\x98\x99\x99\x99\xC9\xBF\xA0\xA2!      D\xDA"\xE3:\xAD\x90?\xA2D\xEB\rv$K{\xA9?\xA0\xA2DQ=\xD0\xA0f\r\xB1?\xA0\xA2Dn L\xC5\xCDE\xB7?\xA0\xA2D\xFF\x83\0\x92$I\xC2?\xA0\xA2D\rUUUUU\xD5?\xA0\xA2! A\xFF\xFF\xEF\xFEM@ \0 \0  \xA0\xA2\xA1\vAt"+\xC0\x89 \0  \xA0\xA2 +\xE0\x89\xA1 \0\xA1\xA1"\0\x9A \0 B\0S\x1B!\0\v \0\v\0 \0E@A\0\vA\xC0\xB1 \x006\0A\x7F\vk\0@@@@@ \0 rAq\0\vA\xD6\0A\xD7\0 AF\x1B\vA\xD8\0A\xD9\0 A\bF\x1B\vA\xDA\0A\xDB\0 AF\x1B\vA\xDC\0A\xDD\0 AF\x1B\vA\xDE\0A\xDF\0 AF\x1B\v\xEF\x7F Av! A\btA\x80q"\x07 -\0\xC0\xA4"r!\x7F@@@@@@@@@@@@ Av"\bAq"\r\0\0\0\0\b\x07	\v AG AIr \bAq Gq\r
  k At(\xD0\xB9Avj!\f
\v  k"Aq A\0GF\r	 As j!\f	\v  k"AF@AA\x7F \x1B j!\f	\v A\0A \x1BG\r\bAA~ \x1B j!\f\b\v  k! \r \0A\x99\x076 \0  AvA\xFE\0q/\xC0\xA7j6\0A\v AF\r A A\0 AF\x1Bj!\f\v AF\r At/\xC0\xA7 AFj!\f\v A	k A\0GG\r At/\xC0\xA7!\f\v E\r \0 A?qAt/\xC0\xA76 \0 AvA\xFE\0q/\xC0\xA7  kj6\0A\v AF\r \0 A?qAt/\xC0\xA7"6 \0 AvA\xFE\0q/\xC0\xA7  kj"6\0A AG\r \0 \xE36\0 \0 \xE36A\v AF\r \0 \x07A\x07v/\xC0\xA7"6\0 \0 AqAt/\xC0\xA7"6\b \0 AvAq/\xC0\xA7"6A AG\r \0 \xE36\0 \0 \xE36 \0 \xE36\bA\v  A?qAt/\xC0\xA7j!\v \0 6\0A\v\v1\x7FA!@@@ \0A
k\0\v \0A\xA8\xC0\0F\r\v \0A\xA9\xC0\0F!\v \v\xE0\b\x7F@ \0("\bE\r\0 At!	 \0(  A  \0(kv"Atj!@ (\0"E\r ( G\r\0 (\b G\r\0 A\fj  	}\r\0\vA\v@@ E\r\0 \0( \bAjI@A\0! \0(\f("\x07AjA\0A\bA \0(" AL\x1B"t" \x07(\b\0"\x07E\r @ \x07A\0 \xFC\v\0\vA t!	 Aj!
A k!\b \0(!\v@  \vFE@ \0(  Atj(\0!@ @ (\0  \x07 ( \bvAtj"\f(\x006\0 \f 6\0!\f\v\v Aj!\f\v\v \0(\f("Aj \0( A\0 (\b\0 \0 \x076  \0 	6 \0 
6  \bv!\v \0(\f("AjA\0 At"A\fj (\b\0"E\r  \0(  Atj"(\x006\0  6\0A!\x07 \0 \0(Aj6  6\b  6 E\r\0 A\fj  \xFC
\0\0\v \x07\vA\x7F\v\0 \0  \0 A\xFF\xFFq\v\x9E	\x7F#\0A0k"$\0@  \xA4@A\x7F!\f\v ("E@A\0!\f\v \0(L!\0  6  A*6  \x006A\0! A\x006 B\x007\f  ("	6$  (6(  ( "
6, B\x007 B\x007@@  	G@ 
 Atj!@ (\0"E\r A\fj!\x07 (\b!\bA\0!\0@ \0 \bFE@ \x07 \0Atj"\v \v(\0 \xA56\0 \0Aj!\0\f\v\v  \b \x07\xCCE\r\0\vA\x7F!\v A\fjy\f\v Aj!\f\0\v\0\v A0j$\0 \v\xAC\x7FA\x7F!@ \0 (\b (\0 \xBA\r\0@@@@ Ak\0\v (E\r@  (O\r (  Atj!@ (\0"@ \0 (\b A\fj (A\xB6A\0N\r\f\v\v Aj!\f\0\v\0\vA\0! AF!\x07@  \0(O\r \0(  Atj!@ (\0"@  (\b A\fj (A\0\xB6"E  \x07\x1B@ !\f  (\x006\0 \0 \0(Ak6 \0(\f("Aj A\0 (\b\0\f\v\0\v\v Aj!\f\0\v\0\v.\0\vA\0!\v \vI\x7F \0(\b! \0A\x006\b \0(\0! \0B\x007\0 \0(! \0(\f \0     \x82!\0 A\0 \0 \0\v\xA0\b\x07\x7F#\0A@j"$\0@@ \0(L"((\x80 K@ \0A\xFA"A\04\f\v B\x007 A*6  6\f A\x006\b B\x007\0 B\x007  (\0"Aj"6< -\0"	A\xDE\0F@  Aj"6<\vA!@@@@@@\x7F@@@@ -\0\0A\xDB\0k\0\v \0(,E\r\0 \0 Aj A<j\xBB\r	\f\v \0 Aj A<jA\xE5"\x07A\0H\r\b (<"-\0\0A-G\r -\0"A\xDD\0F\r  Aj6 A-F@A  \0(,A\0Gq\r\v@@ \x07A\x80\x80\x80\x80O@  \0((E\r Ajy\f\v \0 Aj"\b AjA\xE5"A\0H\r
 A\x80\x80\x80\x80O@ \by  \0((E\r\f\v  ("6<  \x07O\r\v \0A\x92\xFC\0A\04\f	\v@ \0(0@ \0(L! A*6  6\f A\x006\b B\x007\0 A\xA3!\b (\b!@ \b\r\0  (\0"\bAtj" \x076\0  \bAj6\0  Aj6  \0((\xA4 (\b!\r\0   (\0A\0\xBA\r\0 (\f A\0 (\0\f\v (\f A\0 (\0\f\x07\v  \x07 \xBA\r\vA\0!\f\v  Aj6\0A\0! 	A\xDE\0G\r	 (@ \0A\x93\xFF\0A\04\f\b\v \x83E\r	\f\v \v! \x07A\x80\x80\x80\x80O@ !\f\v \0(0@ \x07 \0((\xA5!\x07\v  \x07 \x07\xBA\r\f\v  Aj"\x07A\0\xB9 \x07y\r (<! !\vA\0! E\r \0(,E\r -\0\0"A-G@ A&G\r -\0A&G\r -\0A&F\r@ (<"-\0\0"A&G@A\0! A\xDD\0F\r\f\v -\0A&G\r -\0A&F\r  Aj6< \0 Aj" A<j\xA3\r  A\xB9 yE\r\0\v\f\v -\0A-G\r@ (<"-\0\0"A-G@A\0! A\xDD\0F\r\f\v -\0A-G\r  Aj6< \0 Aj" A<j\xA3\r  A\xB9 yE\r\0\v\v\v \0\xE9\f\v \0A\xA3\xD8\0A\04\v y\vA\x7F!\v A@k$\0 \v\xA8\x07\x7F#\0A\x90k"$\0 A\x006\0 \0( !A!\x07@  6\x8C@@ \0("\b M@ \x07!\f\v@@@@ -\0\0"A\xDB\0k\0\v A(G\r -\0A?G\r -\0A<G\r -\0"A!F A=Fr\r A6\0@ E\r\0  Aj6\x8C  A\x8Cj\xBE\r\0@ "-\0\0"\bE \b "-\0\0"	Gr\r\0@ -\0!	 -\0"\bE\r Aj! Aj! \b 	F\r\0\v\v \b 	k\r\0 @ \0 \x07A\xFFq\v 
Aj!
\v \x07Aj! \x07A\xFDJ\r (\x8C! !\x07\f\v@  "Aj"6\x8C  \bO\r@ -\0\0A\xDC\0k\0\v  Aj"6\x8C\f\0\v\0\v  Aj"6\x8C\f\v \x07A\xFDJ \x07Aj"!\x07E\r\v A\x90j$\0 
  \x1B\v Aj!\f\0\v\0\v\x7F \0(H"A\0H\x7F \0\xA9 \0(H \v\v\xA6\x7F#\0Ak"$\0  (\0"6\f \0!\x7F@@@ \x7F@@@@ -\0\0"A\xDC\0G@ A>G\r \0 F\r\x07 A\0:\0\0  (\fAj6\0A\0\f	\v  Aj6\f -\0A\xF5\0F\r\f\v \xC0A\0N\r A A\fjM"A\x80xqA\x80\xB0G\r (\fA A\bjM"A\x80xqA\x80\xB8G\r A
t jA\x80\xB8\xFFk! (\b\f\v A\fjA\xE8!\v A\xFF\xFF\xC3\0K\r\f\v Aj\v6\f\v\x7F@@@ \0 F@\x7F A\xFF\0M@ -\0\x80\xA1A<q\f\v \xCF\vE\r\f\v\x7F A\xFF\0M@ -\0\x80\xA1A>q\f\v A\xFE\xFF\xFF\0qA\x8C\xC0\0F\r \xD6\vE\r\v  \0kA\xF9\0J\r A\xFF\0K\r  :\0\0 Aj\f\v  \0kA\xF9\0J\r\v  \xAF j\v! (\f!\f\v\vA\x7F\v Aj$\0\vN\x7F~A\x7F tA\x7Fs! \xAD!@ A\0LE@ \0 Ak"j \xA7 q"A0r A\xD7\0j A
I\x1B:\0\0  \x88!\f\v\v\v.\0@ Ak"A\0HE@ \0 j  A
n"A\xF6ljA0r:\0\0\f\v\v\vB\x7F @  \0(\f \0(\b"kK@ \0\xCDA\x7F\v @   \xFC
\0\0\v \0 \0(\b j6\b\vA\0\v\\| \0(\bA\xFF\xFF\xFF\xFFM@  +\bD\0\0\0\0\0\0\xF0? \0(\0\xB7"\xA3\xA09\b  + \0("\0Au \0A\xFF\xFF\xFF\xFF\x07q \0AvtjAj\xB8 \xA3\xA09\v\v9\x7F@ \0 \xE5"@ -\0\bE\r \0\x83\v A\x006\0A\0\v  (\x006\0 (\f\vg\x7F \0Aj!@@ A\0J\x7F\x7F \0(A\0H@  Atj/\0\f\v  j-\0\0\v\xEB"A\0N\rA\x7F \v\v Ak! Aj!  Atr!\f\0\v\0\v&\x7F#\0Ak"$\0 A\x006\f \0A A\0\xA7 Aj$\0\v\xAD\b\x7F@@@@@ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FR@ \0 ("B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \xA7!\f\v \xA7" (\0Aj6\0\v Aj!\b ("A\xFF\xFF\xFF\xFF\x07q!\x07A\0!@ A\0N@A\0!@  \x07FE@   \bj-\0\0A\x07vj! Aj!\f\v\v E@ \b! \r\f\v \0  \x07jA\0\xE0"	E\r 	Aj!A\0!@  \x07F\r  \bj,\0\0"A\0N\x7F Aj  A\xBFq:\0 A\xC0qAvA@r! Aj\v  :\0\0 Aj!!\f\0\v\0\v \0 \x07AlA\0\xE0"	E\r 	Aj!@ "
 \x07N\r Aj! \b 
Atj/\0"A\xFF\0M@  :\0\0 Aj!@ A\x80\xF8qA\x80\xB0G r  \x07Nr\r\0 \b Atj/\0"\vA\x80\xF8qA\x80\xB8G\r\0 
Aj! A
t \vjA\x80\xB8\xFFk!\v  \xAF j!\v\f\0\v\0\v A\0:\0\0 	 	(A\x80\x80\x80\x80xq  	Aj"\bkA\xFF\xFF\xFF\xFF\x07qr6 \0  E\r 	(A\xFF\xFF\xFF\xFF\x07q!\x07\f\vA\0!\x07A\0!\bA\0! E\r\v  \x076\0\v \b!\v \v\xC3\x7F@ ("\x7F  \xD2\r (\v ("k I@  \0  ($\0\v@@ E (PA\0Hr\r\0 !@ \0 j"Ak-\0\0A
G@ Ak"\r\f\v\v  \0  ($\0" I\r  k! (!\f\v \0!A\0!\v   \xD4  ( j6  j!\v \v\x8A\x7F Aj!\b \0Aj!	@@  F\r  j!  j!\x07 Aj!\x7F \0(A\0H@ 	 Atj/\0\f\v  	j-\0\0\v"\x7F (A\0H@ \b \x07Atj/\0\f\v \x07 \bj-\0\0\v"\x07F\r\0\v  \x07k!
\v 
\v\x85~\x7F@@@ B \x88"B\xFF\xFF\xFF\xFFR@ \xA7AxG\r B\x80\x80\x80\x80\xF0~T\r\f\v \xA7"/A\x07G\r\0 ) "B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x80\x7FR\r\0\f\v \0A\xA3\xDE\0A\0B\x80\x80\x80\x80\xE0\0!\v \v \xA7"\0 \0(\0Aj6\0 \vt\x7F (\0!@ -\0\0"@ \0 j-\0\0"A k  A\xE1\0kA\xFFqAI\x1BA\xFFq A k  A\xE1\0kA\xFFqAI\x1BA\xFFqG@A\0 Aj! Aj!\f\v\0\v\v  6\0A\v\xD0\x7F#\0Ak"$\0  (\0"Aj"6@@@@@ \0 j-\0\0"\bA+k\0\v \bA\xDA\0F\r\f\v \0 Aj A\fjAA\0\x8FE\r ("	 k!@ E\r\0 Ak\0\0\v (\f!@ AHE@ A\xE4\0m! Ak!\f\v\v@ AN@  A\xE4\0m"A\x9C\x7Flj!\f\v A\x006\b \0 	j-\0\0A:F@  	Aj6 \0 Aj A\bjAA\x8FE\r (\b!\f\vA\0! \r\v AJ\r A;J\r A<l j"\0A\0 \0k \bA+F\x1B!\x07 (!\v  6\0  \x076\0A!\x07\f\v\v Aj$\0 \x07\v\xE0|~\x7F#\0Ak"\v$\0D\0\0\0\0\0\0\xF8\x7F!@ \0+\0 \0+\b"D\0\0\0\0\0\0(@\xA3\x9C\xA0"D\0\0\0\x004\x97\xC1c D\0\0\0\0\xC0\xD4Adr\r\0 \0+! D\0\0\0\0\0\0(@\xA0"D\0\0\0\0\0\0(@\xA0  D\0\0\0\0\0\0\0\0c\x1B\xFC"\fA\0 \fA\0J\x1B!\f \xFC\xAC"	\xCF!\b@ 
 \fFE@ \b 
At4\xA0\xE4|!\b 
AF@ 	\xCE \b|B\xED}!\b\v 
Aj!
\f\v\v \0+! \0+0! \0+(! \v \0+ D\0\0\0\0\0L\xED@\xA2"\x079\b \v D\0\0\0\0\0@\x8F@\xA2"9\b \v  \b\xB9\xA0D\0\0\0\0\0\0\xF0\xBF\xA0D\0\0\0\0p\x99\x94A\xA2"9\b   D\0\0\0\0@wKA\xA2 \x07\xA0 \xA0\xA0\xA0"\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xF7\xFF\0V\r\0 @ B\x80\x80\x80\x80\x80\x80\x80\x80\x80\x7FB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0 \xFC D\0\0\0\0\0\0\xE0Cf\x1B D\0\0\0\0\0\0\xE0\xC3c\x1B\xCDA\xE0\xD4l\xB7\xA0!\v \x9DD\0\0\0\0\0\0\0\0\xA0D\0\0\0\0\0\0\xF8\x7F \x99D\0\0\xDC\xC2\b\xB2>Ce\x1B!\v \vAj$\0 \v\x83\x7F#\0A0k"$\0A\xCC\xB5-\0\0Aq" rE@A\xBC\xB5A\xC0\xB5A\xD0\xB5A\xF0\xB5\fA\xC8\xB5A\xF0\xB56\0A\xC4\xB5A\xD0\xB56\0A\xCC\xB5A:\0\0\v \0B\xE8\x07\x7F Aj\v A\xC8\xB5A\xC4\xB5 ($\x1B(\x006, (( A0j$\0ADm\v\x83~\x7F|#\0Ak"
$\0@ \0 
A\bj \xEA@A\x7F!\f\v| 
+\b"\r\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x81\x80\x80\x80\x80\x80\x80\xF8\xFF\0Z@ @B\0!D\0\0\0\0\0\0\0\0\f\vA\0!\f\v \r\xFC!D\0\0\0\0\0\0\0\0 E\r\0A\0 \xCDk"\0\xACB\xE0\xD4~ |! \0\xB7\v!\r  B\x80\xB8\x99)\x81"B?\x87B\x80\xB8\x99)\x83 |"}B\x80\xB8\x99)\x7F"B\x90\xCE\0~" B\xC9\xF6\xDE\x81"} B?\x87B\xB7\x89\xA1~\x83|B\xC9\xF6\xDE\x7FB\xB2|!@@  \xCF}"\x07B\0S~B\x7F \x07 \xCE"\bT\rB\v |!\f\v\v B|B\x07\x81"B?\x87B\x07\x83 |!	 \bB\xED}!\b \xA7"\0A\x80\xDD\xDBm! \0A\xE8\x07m"A<o!\v \0A\xE0\xD4m\xC1A<o!\f A\x98xl \0j!\0B\0!@B\v!@ B\vR@ \x07 \xA7At4\xA0\xE4 \bB\0 BQ\x1B|"Y\r !\v  \r9@  	\xB998  \0\xB790  \v\xB79(  \f\xB79   \xB79  \xBA9\b  \xB99\0  \x07B|\xBA9A!\f\v B|! \x07 }!\x07\f\0\v\0\v 
Aj$\0 \v\0 \0A\x90\xCEA\x90\xD7A$\xB7\v\xCD\x7F@@ A\xA1\x7FF@ \0A\b \xABE\r\f\v \0A\xA1\x7F \xD0\r\v@ \0(\b G\r\0A\xE8\0A\xE9\0 A\xA1\x7FF\x1B! \0:!@A\x7F! \0\r \0(4A \0  # \0(4A@ A\xA1\x7FF@ \0A\b \xABE\r\f\v \0A\xA1\x7F \xD0\r\v \0(\b" F\r\0\v A\xA6\x7FF@ \0A\xB9A\0\x1BA\x7F\v \0 $A\0!\v \vA\x7F\v\xD3%
\x7F~#\0Ak"$\0A! Av!	A~!@@@@@@@@@@@@@@@@@@@@@@@@@@ \0(\b"A\x80j\x07\0\v@ A\xD5\0j\f
\b\x07	\0\v@ A;j
\f\v\0\v A(F\r\f A/F\r\r A\xDB\0G@ A\xFB\0G\r \0\r \0A4j(\0A\v@ \0(\b"A\xFD\0F\r@ A\xA5\x7FF@ \0\r\x1B \0R\r\x1B \0(4A\x07 \0(4A\xD0\0 \0(4A\x80jA \0(4A \0(4A\f\v \0(\f! \0 A\fjAAA\0\xC4"A\0H@ (\f!\f\v@@ AF@ \0(4A\xB6 \0 (\f" \0(4"A\x80j /\xBC\f\v \0(\bA(F@\x7F A\xFE\xFF\xFF\xFF\x07q"\x07AF@ Aj!A\0\f\vA! AkA\0 AkAI\x1B\v! \0   \xD2 (\f!\r\x1B \0(4!@ E@ A\xD2\0\f\v A\xD1\0 \0 \v \0(4A\x80jA Aj \x07AG\x1BA\xFFq\f\v (\f"E@ \0(4A\xF0\0\v \0A:+\r \0R\r@ A\xC8\0G@ \r \0(4\xC2 \0(4A\xCE\0 \0(4AA\0!\f\v \b@ \0A\xC6\xF5\0A\0\x1BA\xC8\0!\f\v \0(4A\xCC\0A!\bA\xC8\0!\f\v \0 \xA9\v \0(4A\xC9\0 \0 \v \0(\0 \v A\x006\f \0(\bA,G\r \0E\r\0\v\f\vA\x7F! \0\rA\0!@@ AK\r\0 \0(\b"A\xDD\0F A\xA5\x7FFr A,Fr\r\0 \0R\r Aj! \0(\b"A\xDD\0F\r A,G\r \0E\r\f\v\v \0A4j(\0A& \0(4A\x80j A\xFF\xFFqA\0!@ \0(\b!@@@@ A\xFF\xFF\xFF\xFF\x07G@ A,F\r A\xA5\x7FF\r A\xDD\0F\r \0R\r \0(4A\xC9\0 \0(4A\x80j A\x80\x80\x80\x80xr Aj!A\0! \0(\bA,G\r\f\vA\xFF\xFF\xFF\xFF\x07! A\xDD\0G\r\v E\r\b \0A4j(\0A \0(4A \0(4A\x80j  \0(4A? \0A2\f\b\v \0A4j(\0A \0(4A\x80j @@@@ \0(\b"A\xA5\x7FG@A\x8D! A,G\rA!\f\v \0\rA\xCF\0! \0RE\r\f\v A\xDD\0F\r \0R\r \0(4A\xCE\0A\0!\v \0(4  \0(\bA,G\r\0 \0E\r\f\v\v \0A4j(\0! @ A \0(4A? \0A2\f\b\v A\f\x07\vA! Aj!\v \0E\r\0\v\f\v \0(,!  \0(\f"6   k6\0 \0A\xDA\xB6 \x1B\f\vA\x7F! \0\r \0(\bA.F@ \0\r \0A\xFF\0IE@ \0A\x93\x8BA\0\x1B\f\v \0(8E@ \0A\x9A\x80A\0\x1B\f\v \0\r \0A4j(\0A\f \0(4A\x80jA\f\v \0A(+\r AM@ \0A\xA4\xBBA\0\x1B\f\v \0R\r@@ \0(\bA,G\r\0 \0\r \0(\bA)F\r\0 \0R\r \0(\bA,G\r \0E\r\f\v \0(4A\v \0A)+\r \0(4A6A\0!A!	\f\vA\x7F! \0\r@ \0(\b"A\xDB\0F A.FrE@ A(G\r \0(4(T@A!\f\v \0A\xC9\xC3\0A\0\x1B\f\v \0A4j(\0"(XE@ \0A\x94\x84A\0\x1B\f\v A\xB6 \0A\bA\0! \0(4A\x80jA\0 \0(4A\xB6 \0A\xF7\0 \0(4A\x80jA\0 \0(4A5\f\v \0A\xAB\xB9A\0\x1B\f\vA\x7F! \0\r \0(\bA.F@ \0\r \0A\xDA\0IE@ \0A\xDA1A\0\x1B\f\v \0(4(PE@ \0A\xFE;A\0\x1B\f\v \0\r \0A4j(\0A\xB6 \0A\xF5\0A\0! \0(4A\x80jA\0\f\v \0A\0\xD1\rA!	 \0(\bA(F@A!\f\v \0 \0(\fb \0A4j(\0A \0(4A!A\0! \0(4A\x80jA\0\f\v \0A\xDD\0+E\r\f\v \0(@ \0\xE6\f\v \0(\f!@@ \0A\x89IE\r\0 \0(,AcA
F\r\0A\x7F! \0\rA\x89! \0(\bAEG\r \0AA \xD2E\r\f\v@ \0("A\xD1\0G@ \0(\0  \f\v \0(4(\\\r\0 \0A\xB1\xC7\0A\0\x1B\f\v \0E\r\0 \0(\0 \f\v \0 b \0A4j(\0A\xB6 \0(4A\x80j  \0(4"A\x80j /\xBC\f\r\v \0\r \0(4A
\f\f\v \0\r \0(4A	\f\v\v \0\r \0A4j(\0A\xB6 \0A\bA\0! \0(4A\x80jA\0\f\r\v \0\r\r \0(4A\x07\f	\vA\0! \0AA\0\xF9\r\f\f\v\vA\0! \0AA\0 \0(\f\xD2\r\v\f
\v \0\x86E\r\f
\vA\x7F!\v \0 \0(, j6, \0(\0(\xF4E@ \0A\x9B\x89A\0\x1B\f	\vA\x7F! \0\xD3\r	 \0 \0)A\0\xE2 \0(\0" \0) \0) (\xF4\0"\fB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ A\fj \0((" \0(\f k\xFC! \0(\0" ()\x88 \0( Aj (\fAjA\0\xDC\f
\v \0 \fA\0\xE2 \0(\0 \f\r	 \0(4A4 \0E\r\f	\vA\x7F! \0 \0)A\xE2\r\b \0E\r\f\b\vA\0! \0A\0A\0\xD8\r\f\v@@ \0)"\fB \x88"\rPE@ \r\xA7A\x07G\rA\xB0!\v \0A4j(\0  \0(4A\x80j \f\xA7\f\v \0 \fA\0\xE2A\0H\r\v \0\r\f\v \0A\xFD\0+\r\vA\0!\f\vA\0!\v \0(\0 \f\v A\x7F6\f AK!
@ \0(4!@@\x7F@@@@@@@@\x7F\x7F \0(\b"A\xA7\x7FG"E@ 
E@ \0A\xB7\xDB\0A\0\x1B\f\v \0(\f! \0\r 	E \0(\b"A(Gr\rA\f\v A\x82\x7FG rE@ (\fA\0N@ \0A\x83\xDB\0A\0\x1B\f\v \0(\f!\bA!A\0!A\f\v 	E A(Gr\rA\0\v! \0(\f!\b \0\r\rA\0! @A\0!\x07 !\f\f\vA\0\v!\vA\0!\x07A!@@@@@@@ \x98"A\xBDk\0\v@ A\xC3\0k\0\v A\xB6F\r A=G\r (\x80 (\x98jA>:\0\0\f\r\v (\x80 (\x98j"A>:\0\0 (\0!  (\x98Aj6\x84 \0A\xEA\0A\x7F#! \0 $ \0(4A \0 $\f\f\v (\x80 (\x98jA\xBE:\0\0A\xBD\f\f\v (\x80 (\x98jA\xC4\0:\0\0\f	\v (\x80 (\x98j"A\xC4\0:\0\0 (\0!  (\x98Aj6\x84 \0A\xEA\0A\x7F#! \0 $ \0(4A \0 $\f\b\v (\x80 (\x98j! E@A2!\x07 \v (\0A>GrE\r\f\v  /\0\xD9E@A\xB6!\x07\f\v\vA\xBA!\x07 A\xBA:\0\0\f
\v (\x80 (\x98jA\xC3\0:\0\0A\xC3\0\f\b\v A\xDB\0F\r A.G\r \0(\f! \0\r\v\f\v A\xDB\0F\r\v \0 b@ \0(\b"A\xA9\x7FF@ \x98A5F@ \0A\xF6\xC9\0A\0\x1B\f\f\v E@ \0 A\fjA\xBD\v \0(4A\xBD \0 \0( \0(4"A\x80j /\xBC\f\v A\x83\x7FF A'jAQKrE@ \0A\xBB\xF7\0A\0\x1B\f\v\v \x98A5F@ \0 \0(\0 \0(W"\fA\xE2 \0(\0 \f\r\v \0(4A\xC7\0\f\v E@ \0 A\fjA\xBD\v \0(4A= \0 \0(\v \0\r	\f\b\v \0(\f!\v \x98 E@ \0 A\fjA\xBD\vA\x7F! \0\r\b \0\xA6\r\b \0A\xDD\0+\r\b \0 b \0(4!A5F@ A\xC7\0\f\x07\v A\xC3\0\f\vA\0! (\f"A\0H\r\x07 A\x80jA\xB4 \0A4j(\0A\x80j  \0(4"\0(\xA4 Alj \0(\x846@ \x98"\0A=F\x7FA\xC1 \0A\xC3\0G\rA\xC2\v!\0 (\x80 (\x98j \0:\0\0\f\b\v A\x7F6\x98\f\x07\vA\xC3\0\f\vA=\v!\x07A!\v E\r\0 \0 A\fj \xBD\v@@ AF@ \0A A\bj\xD8\r\f\v@ AG"E@ \0(4A\xB6 \0A\xF6\0 \0(4A\x80jA\0 \0(4A5 \0(4A\xB6 \0A\xF5\0 \0(4A\x80jA\0\f\v AG\r\0 \0(4A\vA\0!@@ \0(\b"A)F\r A\xFF\xFFF@ \0A\xDB7A\0\x1B\f\v A\xA5\x7FG@A\x7F! \0R\r\x07 Aj! \0(\bA)F\r \0A,+E\r\f\x07\v\v  6\b \0(4A& \0(4A\x80j A\xFF\xFFq \0(4A \0(4A\x80j @@@ \0(\b"A\xA5\x7FG@ A)F\r \0R\r\b \0(4A\xCE\0A\x8D!\f\vA\x7F! \0\r\bA\xCF\0! \0R\r\b\v \0(4  \0(\bA)F\r\0 \0A,+E\r\f\v\v \0\r \0(4A \0 \bb@@@@ \x07A\xBAk\0\v \x07A2F\r \x07A\xC3\0F\r\0 \x07A=G\r\v \0(4A \0(4A' \0(4A\x80j AFA\0!\f\v \0(4A3\f\v E@ \0(4A' \0(4A\x80jA \0(4A \0(4A\xBB \0A\bA\0! \0(4A\x80jA\0 \0\xF0\f\v \0(4! AF@ A \0(4A' \0(4A\x80jAA\0!\f\v A \0(4A\x1B \0(4A'A\0! \0(4A\x80jA\0\f\v  6\b \0\r\v \0 \bb \0(4!@@@@ \x07A\xBAk\0\v \x07A2F\r \x07A\xC3\0F\r\0 \x07A=G\r\v A$ \0(4A\x80j /\bA\0!\f\v A2 \0(4A\x80j /\b\f\v@@@ Ak\0\v A! \0(4A\x80j /\b \0(4A \0(4A\xBB \0A\bA\0! \0(4A\x80jA\0 \0\xF0\f\v A! \0(4A\x80j /\bA\0!\f\v A" \0(4A\x80j /\bA\0!\f\v \0(4A\x80j /\xBC A6DA\0!\f\0\v\0\vA\x7F!\v Aj$\0 \v\x81\x7F@@ \0(\bA\x83\x7FG\r\0 \0(\r\0 \0(! \0(4-\0jAqE\r A\xD1\0F\r\0 A>G\r\v \0A\xEB1A\0\x1BA\0\v \0(\0  !@@ @ \0 \xBF\r\v \0E\r\v \0(\0 A\0!\v \v\xC6\b\x7F~#\0A@j"$\0 \0(,!A\x7F!\x07@ \0(\0 A(jA C\r\0@ \0(\0 AjAC\r\0 Aj!@@@ " \0(0O\r !\bA! Aj!@@@@@@@@@ -\0\0"A\xDB\0k\x07\0\v A/G@ ! A
k\v \bE\r\x07A/!\f\vA\xDD\0!A\0!\f\v A(jA\xDC\05\r	 Aj!@@@ -\0"@ A
k\v  \0(0O\r\vA\0!\f\v \xC0A\0H\r\v \b! !\f\v A A\fjM!  (\f A\xFF\xFF\xC3\0K"\x1B!A\x07AA\0 A\xFE\xFF\xFF\0qA\xA8\xC0\0F\x1B \x1B"E\r ! A\x07k\r\f\x07\v \xC0A\0N\r A A\bjM"A\x80\x80\xC4\0O\r A\xFE\xFF\xFF\0qA\xA8\xC0\0G\r\v \0 AkA\xD6\xD1\0A\0z\f\x07\v (\b!\v \b!\v A(j \xABE\r\f\v\v@  Aj"6\f@ ,\0\0"A\0N\r\0 A A\fjM"A\x80\x80\xC4\0I\r\0 !\f\v \xFA@ Aj \xAB\r (\f!\f\v\v A(j<"	B\x80\x80\x80\x80\xE0\0R Aj<"
B\x80\x80\x80\x80\xE0\0RqE@ \0(\0 	 \0(\0 
\f\v \0 6, \0 
7 \0 	7 \0A\x84\x7F6\bA\0!\x07\f\v \0 AkA\xEE\x81A\0z\f\v \0A\xFB\xD1\0A\0\x1B\v ((("\0Aj (, \0(\0\0 (("\0Aj ( \0(\0\0\v A@k$\0 \x07\vT\x7FA\x7F!A!@@ \0 \xBA\r\0 E@ \0(4A\x7F6\x98\v \0(\bA,G@A\0!\f\v \0\r\0 \0(4AA\0!\f\v\v \v3\x7F@@ A\0N\x7F  G\rAA\0\v\v \0(\xCC Atj(\0!\f\0\v\0\v\x98\x7F (8!@@@ -\0jAq@@ \r\0 (@E\r\0A\xEC\xC8\0!\f\vA\xEE\xFE\0! A>F A\xD1\0Fr A.kAvKr\rA\0! (\x84"A\0 A\0J\x1B!@  F\rA\xC9\xFE\0! (| Alj(\0"A>F A\xD1\0Fr\r Aj! A.kAwI\r\0\v\f\v E\r\0 /h"A\x82\fF\r\0 A\bvAk\0\0\vA\0! (\x84"A\0 A\0J\x1B!\bA\0!@  \bF\rA\0!@ (|" Alj(\0"E\r\0@@  F@A\0! (x"A\0 A\0J\x1B!@  F\r  (p Alj"\x07(\0F@ \x07(E\r\v Aj!\f\0\v\0\v Al!\x07 Aj!  \x07j(\0 G\r\v\vA\x86%!\f\v Aj!\f\0\v\0\v \0 A\0\x1BA\x7F!\v \vN\0 \0 64 A) \0 \0(4(64  \0B\x80\x80\x80\x80 \xEF"6\b \0(4A \0(4A\x80j  \0(4A\xCD\0\vB\x7F \0(\x84!A\x7F!@@ A\0L\r \0(| Ak"Alj(\0 G\r\0\v A\x80\x80\x80\x80r!\v \v\xC1\x7F~#\0Ak"$\0 \0 3"\x07B\x80\x80\x80\x80\xE0\0R@@ \0 A\fj \x07\xE1"E\r\0 \0 A" (\fjAj'"E\r\0 (\f"@   \xFC
\0\0\v @  (\fj  \xFC
\0\0\v  (\fj jA\0:\0\0 \0  (\f j\x90! \0("Aj  (\0\0\v \0 Q \0 \x07\v Aj$\0 \vB\x7F@ \0 j"\0-\0A<G\r\0A!@@ \0-\0\0"\0Ak\0\v \0A\xB1F\r\v \0AF!\v \v\xB3\x7FA\x7F!@ (LE\r\0@@@@ A\xF5\0k\0\v (\xB4"A\0N\r  \0 A\xF7\0S"\x006\xB4 \0\v (\xB0"A\0N\r  \0 A\xF6\0S"\x006\xB0 \0\v (\xAC"A\0N\r  \0 A\xF5\0S"\x006\xAC \0\v A\bG\r\0 (\xA8"A\0N\r\0  \0 \xCC"6\xA8\v \v&\x7F#\0Ak"$\0  6\f \0 A\fjA\` Aj$\0\v>\0 \0(\xCC AtjAj!@ (\0"A\0HE@ \0 \0(p Alj"l A\bj!\f\v\v\v\xDC\x7F#\0Ak"$\0@@ \0(\0" M@ A\fj   k\xFC"\r \0(\b (\fj!\f\v A\fj   k\xFC"E@ \0(\b (\fk!\f\v \0 \0( k6 \0(\f! !@ Ak" I\r ,\0\0"\x07A
F\r  \x07A\xBF\x7FJj!\f\0\v\0\v \0 \0( j6 (\f!\v \0 6\b \0 6\0  6\0 \0( Aj$\0\v\r\0 \0 A\xE3\xA6\xD9\v\xE4\x7FA!
 !\x07@@ \x07(\xCC AtjAj!@@@ (\0"A\0H\r \x07(p Alj"\bA\bj! \b(\0 G\r\0\v \b-\0\fAv!	A! 
@A\0!\f\v \x07 \bl \0  \x07A\0  AAA\0k"A\0N\r\f\v \x07("E@@ \x07( E\r\0A\0! \x07(\xC0"A\0 A\0J\x1B!@  F\r  \x07(\xC8 Atj"\b(F@ \b/\0"\bA\bvAq!	  \x07F@A!\f\vA! \0  \x07A   \bAvAq \bAvAq 	k"A\0H\r\f Aj!\f\v\0\v\0\v \0 A\xED\xB8\x90\f\v \x07(\f!A\0!
 !\x07\f\v\v  6\0  	6\0 \vA\x7F\v\xD9\b\x7F#\0Ak"\v$\0 \vA\x7F6\f A\bF"	 A\xF5\0kAI"\fr!\r (\xCC AtjAj!@@@@@@@ (\0"A\0N@  (p Alj"
(\0"F@ !	@ A\xB7k\0\0\v 
-\0\fAqE\r A1  \0   A\0\f\x07\v 	 A\xD8\0G \frrE@ A\xD5\0  A\xFF\xFFq \0     \vA\fjA\xE4\v 
A\bj!\f\v\vA\x7F!	 A~G@  \x87!	\v \rE 	A\0NrE@ \0  \xDB!	\v@ A\xD1\0G 	A\0NrE@ (HE\r \0 \xF6!	\v 	A\0N\r\v@ (,@  (lF\r\v A~G\r\f\v \0  \xF5"	A\0H\r\v@@@@ A\xB5k\b\0\0\x07\v@ 	A\x80\x80\x80\x80q"\r\0 (p 	Alj-\0\fAqE\r\0 A1  \0   A\0\f\x07\v@@ A\xB5k\b\0\b\v@ \r\0 (p 	Alj-\0\fA\xF0qA\xC0\0G\r\0 A\v A\xD5\0  	A\xFF\xFFq A\xC9\0  \0  " A  \0  \f\b\v@ \v(\fA\x7FG\r\0  \x07(\xDAE\r\0   \x07 \b\x7F @ 	A\x80\x80\x80\x80k!	A\xD8\0\f\vA\xDF\0A\xD5\0 (p 	Alj-\0\fAq\x1B\v 	\xC6!\b\f\b\v @  (| 	AljA\x80\x80\x80\x80xkl A\xF7\0  \0    	A\xFF\xFFq\f\b\v  (p 	Aljl A\xF6\0  \0    	A\xFF\xFFq\f\x07\v \r (p 	Alj-\0\fA\xF0qA\xC0\0G\r A\f\v A\v 	A\x80\x80\x80\x80q@ A\xD9\0A\xD9\0A\xD8\0 A\xBBF\x1B A\xB7F\x1B  	A\xFF\xFFq\f\v (p 	Alj-\0\fAq!\0 \x7F@@ A\xB7k\0\0\vA\xD6\0 \0E\rA\xE0\0A\xE2\0A\xD6\0 A\bF\x1B A\xBBG\x1B\f\vA\xD5\0 \0E\r\0A\xE3\0A\xDF\0 A\xBCF\x1B\v  	A\xFF\xFFq\f\v A	\f\v A~F\r\v (\x90A\0H A\xF5\0kAIr A\bFr\r\0 A\xD5\0  /\x90 \0     \vA\fjA\0\xE4\v (\x94A\0H A\xF5\0kAIr A\bFrE@ A\xD5\0  /\x94 \0     \vA\fjA\0\xE4\v A\xF5\0kAI!\f A\bF! A\xD1\0G! !
@@@@ 
"("
E@ !
\f\v 
(\xCC (\fAtjAj!@ (\0"A\0N@  
(p Alj"\r(\0"F@ !	@ A\xB7k\0\0\v \r-\0\fAqE\r A1  \0   A\0\f\x07@  A\xD8\0G \frr\r\0 
 \rl \0  
A\0  \r(\0A\0A\0A\0k"A\0H\r\0 A\xDB\0  A\xFF\xFFq \0     \vA\fjA\xE4\v \rA\bj!\f\v\0\v\v@ A~F"\r\r\0A\x7F!	 
 \x87"A\0H\r\0 !	\f\v \fE A\bGqE@ \0 
 \xDB"	A\0N\r\v@@ \r\0 
(HE\r\0 \0 
\xF6!	\f\v@ 
(,E\r\0 
(l G\r\0 \0 
 \xF5!	\f\v@ \r\r\0  
(\x90"A\0H \frr\r\0 
 
(p Alj"l \0  
A\0 
(\x90 (\0A\0A\0A\0k! A\xDB\0  A\xFF\xFFq \0     \vA\fjA\0\xE4\v  
(\x94"A\0H \frrE@ 
 
(p Alj"l \0  
A\0 
(\x94 (\0A\0A\0A\0k! A\xDB\0  A\xFF\xFFq \0     \vA\fjA\0\xE4\v 
( E\r\f\v\v 	A\0N\r\v 
( E\r\0 A\xF5\0kAI!\r A\bF!A\0!@@@@ 
(\xC0 J@ 
(\xC8 Atj"("\f F@  
G@ \0  
AA /\0"	A\x07qAkAI\x1B   	AvAq 	AvAq 	A\bvAqk!\v /\0A\x07qAkAI\r\f\x07\v \fA~qA\xD6\0G@ \fA\xD8\0G \rr\r\f\v \rE\r\f\v \0 
AA\0 A\0A\0A\0\xF4"A\0H@A\x7F!\b\f\b\v  
F\r\0 \0  
A  A\0A\0A\0k!\v@@@@@ A\xB5k\x07\0
\v@ \v(\fA\x7FG\r\0  \x07(j"-\0A<G\r\0@@ -\0\0"Ak\0\v A\xB1F\r\0 AG\r\v   \x07 \bA8 \xC6!\b\f
\v A\xF9\0  \0  \f	\v A A8  A\xFF\xFFq\f\b\v  A\xFE\0kA\xFFq  A\xFF\xFFq\f\x07\v A:  A\xFF\xFFq\f\v A\x97  \0  \f\v \r\0 !	  
G@ \0  
A  \fA\0A\0A\0k!	\v A\xDB\0  	A\xFF\xFFq \0     \vA\fj \fA\xD8\0F\xE4\v Aj!\f\0\v\0\v\x7F 	A\x80\x80\x80\x80q@ 
 
(| 	A\x80\x80\x80\x80k"Aljl \0  
A  A\0A\0A\0k\f\v 
 	Al" 
(pjl \0  
A\0 	  
(p j-\0\f"Aq AvAq Avk\v"A\0H\r\v@ \x7F@@@@@ A\xB5k\x07\0\0\x07\v (\xC8 Atj/\0"	Aq@ A1  \0   A\0\f\x07\v@@ A\xB5k\x07\x07\0\b\v 	A\x80qA\x80\bF@ A\v A\xDB\0  A\xFF\xFFq A\xC9\0  \0  " A  \0  \f\b\v@ \v(\fA\x7FG\r\0  \x07(\xDAE\r\0   \x07 \bA\xE4\0A\xDB\0 	A\bq\x1B \xC6!\b\f\b\v A\xF8\0  \0    A\xFF\xFFq\f\x07\v 	A\x80qA\x80\bG\r A\f\v (\xC8 Atj/\0!	\vA\xDC\0 	A\bqE\rA\xE5\0A\xE6\0A\xDC\0 A\bF\x1B A\xBBG\x1B\f\v A\vA\xE4\0A\xDB\0 (\xC8 Atj-\0\0A\bq\x1B\v  A\xFF\xFFq\f\v A	\v \v(\f"\0A\0H\r\0 A\xB4  \0 (\xA4 \0Alj (6\b\v \vAj$\0 \b\v\xB6\x7F~ \0(\0!A\x7F!@@ \0\r\0 \0A\xFB\0+\r\0@@ \0(\b"A\xFD\0F\r\0 \0(\f!@ A\x81\x7FF@  \0)1"\r\f\v A\x83\x7FF A'jAQKrE@ \0A\x91\x8AA\0\x1BA\x7F\v  \0( !\v \0\r \0A:+\r \0(\bA\x81\x7FG@ \0 A\xC0\x8AA\0zA\x7F\v )\b"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ B\x80\x80\x80\x80 \x90"B\x80\x80\x80\x80\xE0\0Q\r  7\b\v   K"@   A\0H\r \0A\xBEA\0\x1BA\x7F\v )\b!\x07 \0)"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v  \x07  A\x07  A\0H\r \0\r \0(\bA,G\r\0 \0E\r\f\v\v@ )\b"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0 ("(\xBC"E\r\0  (\xC0  \0A\0H\r\v \0A\xFD\0+!\v \v  A\x7F\vi\x7FA\x7F! \0 AjA A$j ( AjT\x7FA\x7F  ( "Aj6  ( \0  ! Atj"\0B\x80\x80\x80\x8007\b \0A\x006 \0 6\0 ( Ak\v\v\xE8\x7F@@ \0("A%I\r\0 A-M@ \0(4"-\0jAq\r A-G\r /h"Aq\r A\x80\xFEqA\x80G\r (d\r ("E\r -\0hAq\r\f\v A.G\r \0(8\r\0 \0(4"/h"Aq\r\0@ A\bvAk\0\v (d\r ("E\r /h"Aq\r\0 A\x80\xFEqA\x80G\r\v \0\x7F \0(@ \0A6A\x83\x7F\f\v A\xD6\0k\v6\b\v\v\xCF\x7F#\0A\xA0k"$\0 (\0! A\x806\b  Aj6\f \x7F A#:\0AA\0\v!\x7F@@\x7F A\xFF\0L@ (\f"\x07 j :\0\0 Aj\f\v (\f"\x07 j \xAF j\v!  Aj6\x9C@ ,\0\0"A\xDC\0F@A\xDC\0! -\0A\xF5\0G\r A\x9CjA\xE8! A6\0\f\v A\0N\r\0 A A\x9CjM!\v \xFAE\r (\x9C!  (\bAkI\r\0 \0(\0 A\fj A\bj Aj\xEEE\r\0\v (\f!\x07A\0\f\v \0(\0 \x07 \x90\v Aj \x07G@ \0(\0("\0Aj \x07 \0(\0\0\v  6\0 A\xA0j$\0\v\xB5\x07\x7FA!	 At/\xE0\xBE! E@ \0 6\0A\v A\xF0\xC9j!A!\x07@@@@@@@@@@@@@ Ak"\0\0\0\0\0\0\0\x07\b		\v\v   k lAtj!A\0!@  F@ \v \0 Atj  Atj/\0\0"6\0 Aj! \r\0\v\f\v\v A\x07k"\b  kl!\x07   \blAtj!A\0!@  \bF\r
  \x07At"j/\0\0  \x07Avj-\0\0 AqvAtA\x80\x80\fqr"E\r\v \0 Atj 6\0 Aj! \x07Aj!\x07\f\0\v\0\v  A	k"\b  klj!A\0!@  \bF\r	  j,\0\0"A\xFFq!@ A\0H@ AOM@ \0 Atj A\x80j6\0\f\v AtA\xBC\x90j/\0!\v \0 Atj 6\0 E\r\v\v Aj!\f\0\v\0\v Aq AkAv"A\0Gj!\b Aj!	\v  k!A\0!@  	F@ 	 \0 Atj  Atj/\0\0 A\0  \bF\x1Bj6\0 Aj!\f\v\0\v\0\v Ak!\x07\v  \x07  kljAj! /\0\0!A\0!@  \x07F@ \x07 \0 AtjA    j-\0\0"j A\xFFF\x1B6\0 Aj!\f\v\0\v\0\v \0   kAlj"/\0\0"6\0 E\r ,\0"A\xFFq!\f\v \0 /\06\b \0 /\0\x006\0 \0   kAtj/\06A\v  k!@ A!F@  A~qj",\0\0"A\xFFq!@ A\0N\r\0 AOM@ A\x80j!\f\v AtA\xBC\x90j/\0!\v Aj!\f\v  AvAlj"Aj! /\0\0!\v \0A A A A\x90\bkA I\x1B A\x80I\x1B j  Aq\x1B6\0 ,\0\0"A\xFFq!\v@ A\0N\r\0 AOM@ A\x80j!\f\v AtA\xBC\x90j/\0!\v \0 6A!\b\v \b\vA\0\v\xB1\b\x7F#\0A\xD0\0k"\x07$\0 A\0 A\0J\x1B!\v@@@  \vG@  Atj(\0"A\x80\xD8k"A\xA3\xD7\0M\rA\xC4!A\0!@@  H\r  jAv"\bAt(\xC0\xA8"	Av"
 K@ \bAk!\f\v 	A\x07vA\xFF\0q" 
j M@ \bAj!\f\v\v  	AqI\r\0 \x07  \b 
  	AvA?q\xE6"E\r\0 \0 \x07  \xE7\f\v \0 \f\v \x07A\xD0\0j$\0\v \0 A\xFF\xFFq"A\xCCn"A\x80"r \0 A\xB4{l jA\xFF\xFFqAnA\xE1"j Ap"E\r\0 \0 A\xA7#j\v Aj!\f\0\v\0\vo\x7F@ \0(("A\0LE@ \0 Ak"6( \0(\0 \0( Atj)\0\f\v\v \0(" \0A\bj"G@ \0(\0("Aj  (\0\0\v \0A6, \0 6\v\x8C\x7F@ ("A0j!  ( qA\x7FsAtj(\0!@@ E\r   Ak"Atj"(G@ (\0A\xFF\xFF\xFFq!\f\v\v \0 ( Atj6\0 \v \0A\x006\0 (,"@ -\0AqE\r\v\vA\0\v\xAA*\r\x7F#\0A\xB0k"	$\0 	 /\0\0A\x90qA\0G"\b6 -\0!\x07 	A 6, 	 	A0j"6( 	 6$ 	A\x90\xCE\x006  	   tj"\f6 	 6\f 	 \x076 	A  A\0G \bq"\x1B"6 \x07At!A\0!\b@  \bFE@ \0 \bAtjA\x006\0 \bAj!\b\f\v\v   tj!\x07@  H A\0Jq qE\r\0 \x07/\0A\x80\xF8qA\x80\xB8G\r\0 \x07Ak" \x07 /\0A\x80\xF8qA\x80\xB0F\x1B!\x07\v A\bj! 	A\xB0j! "!@@@ \x07! !A!\x07 Aj!\b@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\x7F@@@@@ -\0\0"\rAk,\v\f\r		

\b+\x1B\x1B\x07\x07\0\v -\0!\b Aj! "\x07 \0 	(Atj \bAtj(\0G\r)\f'\v@ "Ak"(\0! 	((  6\0 Atj! A\fk! A\x80\x80\x80\x80|qA\x80\x80\x80\x80G\r\0\v A\bk(\0!\x07 (\0! " 	((F\r(@  O@ !\f*\v A\fj!\b (\b!@  \bM@ \b!\f  \b(\x006\0 \bAj!\b Aj!\f\v\0\v\0\v\0\v 	((!@  I@ \0 A\bk"(\0Atj Ak(\x006\0 !\f\v  Ak(\0"Atj! A\fk! A\x80\x80\x80\x80|N\r\0\v\f%\v \b(\0\0!\vA\f\v \b/\0\0!\vA\v  \fO\r"@ E@ Aj!\x07 -\0\0!\b\f\v /\0"\bA\x80\xF8qA\x80\xB0F qE \f Aj"\x07Mr\r\0 \x07/\0"
A\x80\xF8qA\x80\xB8G\r\0 Aj!\x07 \bA
t 
jA\x80\xB8\xFFk!\b\v@@ \rAk\0\0\v \b 	(\xA5!\b\v j! ! \b \vF\r$\f"\v (\0!\x07  kA\bL@ 	A\fj  	(("k"AuAj\xA4\r!  	(("j!   kj!  	(,Atj!\v Aj"  \x07j"\x07 \rAF"\b\x1B!  6  \x07  \b\x1B6\0   	((kAv6\b A\fj!\f\v (\0!\x07  kA\bL@ 	A\fj  	(("k"AuAj\xA4\r   	(("j!   kj!  	(,Atj!\v  6  Aj" \x07j6\0  \rAt  	((kAvrA\x80\x80\x80\x80j6\b A\fj!\f\v \b \b(\0\0jAj! !\x07 	A\fj\xB8E\r!\f \v !\x07 \b! \x07 	(\f"F\r  \rA	F\r@ E@ \x07Ak-\0\0!
\f\v \x07Ak"/\0"
A\x80\xF8qA\x80\xB8F qE  Or\r\0 \x07Ak/\0"A\x80\xF8qA\x80\xB0G\r\0 
 A
tjA\x80\xB8\xFFk!
\v ! 
\xB5\r \f\v \b! \f "\x07F\r \rA\vF\r@ E@ -\0\0!
\f\v \x07/\0"
A\x80\xF8qA\x80\xB0F qE \x07Aj \fOr\r\0 \x07/"A\x80\xF8qA\x80\xB8G\r\0 
A
t jA\x80\xB8\xFFk!
\v 
\xB5\r\f\v  \fF\r@ E@ Aj!\x07 -\0\0!
\f\v /\0"
A\x80\xF8qA\x80\xB0F qE \f Aj"\x07Mr\r\0 \x07/\0"A\x80\xF8qA\x80\xB8G\r\0 Aj!\x07 
A
t jA\x80\xB8\xFFk!
\v ! \b! 
\xB5E\r\f\v  \fF\r\x1B E@ Aj!\x07\f\v Aj!\x07 \b! /\0A\x80\xF8qA\x80\xB0F qE \x07 \fOr\r Aj \x07 /A\x80\xF8qA\x80\xB8F\x1B!\x07\f\v  \fF\r@ E@ Aj!\x07 -\0\0!
\f\v /\0"
A\x80\xF8qA\x80\xB0F qE \f Aj"\x07Mr\r\0 \x07/\0"A\x80\xF8qA\x80\xB8G\r\0 Aj!\x07 
A
t jA\x80\xB8\xFFk!
\v ! \b! 
\xD6\r\f\v  \fF\r@ E@ Aj!\x07 -\0\0!
\f\v /\0"
A\x80\xF8qA\x80\xB0F qE \f Aj"\x07Mr\r\0 \x07/\0"A\x80\xF8qA\x80\xB8G\r\0 Aj!\x07 
A
t jA\x80\xB8\xFFk!
\v ! \b! 
\xD6E\r\x1B\f\v -\0"\x07 	(O\r\b  kAL@ 	A\fj  	(("k"AuAj\xA4\r  	(("j!   kj!  	(,Atj!\v Aj!  \r \x07AtjAk"6\0  \0 Atj"(\x006  6\0 A\bj!\f\v -\0"\x07 	(O\r@ \x07 -\0"\bkAtAj"  kAuM@ !\f\v 	A\fj   	(("k"Auj\xA4\r 	((" j!   kj!  	(,Atj!\v Aj!@ \x07 \bI\r  kAL@ 	A\fj  	(("
k"AuAj\xA4\r 	((" j!   
kj!  	(,Atj!\v  \bAt"
6\0  \0 
Atj"(\x006 A\x006\0  A\bj"kAL@ 	A\fj  	(("k"AuAj\xA4\r  	(("j!   kj!  	(,Atj!\v  
Ar"6\0  \0 Atj"(\x006 A\x006\0 \bAj!\b A\bj!\f\0\v\0\v Aj -\0 	(Atj!\x07 (\0! !\b\x7F@@  \bO\r \bA\bk"\b(\0 \x07G\r\0\v \f\v  kAL@ 	A\fj  	(("k"AuAj\xA4\r  	(("j!   kj!  	(,Atj!\v  \x076\0  \0 \x07Atj(\x006 A\bj\v! \0 \x07Atj 6\0 !\x07!\f\v Aj \0 -\0 	(Atj"Atj"\x07(\0Ak!\v (\0!\r !\b\x7F@@  \bO\r \bA\bk"\b(\0 G\r\0\v \f\v  kAL@ 	A\fj  	(("k"AuAj\xA4\r  	(("j!   kj!  	(,Atj!\v  6\0  \x07(\x006 A\bj\v! \x07 \v6\0 !\x07! \vE\r  \rj! 	A\fj\xB8E\r\f\v A
j!
 \0 -\0 	(Atj"Atj"\x07(\0Ak!\v (\0! (\0! !\b\x7F@@  \bO\r \bA\bk"\b(\0 G\r\0\v \f\v  kAL@ 	A\fj  	(("\bk"AuAj\xA4\r  	(("j!   \bkj!  	(,Atj!\v  6\0  \x07(\x006 A\bj\v! \x07 \v6\0  \vI@ 
 j! !\x07 	A\fj\xB8E\r\f\v@ \rAkA\xFFqAK\r\0  \vF \x07( Gr\r\0 !\f\v !\x07 
! \vE\r  kA\bL@ 	A\fj  	(("k"AuAj\xA4\r 	((" j!   kj!  	(,Atj!\v 
 
 j" \rA\xFDqAF"\x07\x1B!  6   
 \x07\x1B6\0   	((kAv6\b A\fj!\f\v Aj -\0 	(Atj! !\b\x7F@@  \bO\r \bA\bk"\b(\0 G\r\0\v \f\v  kAL@ 	A\fj  	(("k"AuAj\xA4\r  	(("j!   kj!  	(,Atj!\v  6\0  \0 Atj(\x006 A\bj\v! \0 Atj 6\0 !\x07!\f\v \rA\xFEq! \rA\xFDq!A\0!
A\0!\v 	(\f"\x07 G@@ E@ Ak-\0\0!\f\v Ak"\v/\0"A\x80\xF8qA\x80\xB8F qE \x07 \vOrE@ Ak/\0"\x07A\x80\xF8qA\x80\xB0G\r\f  \x07A
tjA\x80\xB8\xFFk!\f\f\v A\xFFK\r\v\v -\0\x80\xA1AqA\0G!\v\v  \fO\r\r \r
 -\0\0!\f\v\v Aj"
 -\0"\vj!A\0!\b 	(!@ \b \vF\r\b  \b 
j-\0\0"M\r \bAj!\b \0 Atj"\x07(\0"E\r\0 \x07("\x07E\r\0\v \rA\xFEqA G\r 	(!@  \x07O\r\b  \fO\r\x7F\x7F@ @ /\0"\bA\x80\xF8qA\x80\xB0F qE Aj"
 \x07Or\r 
/\0"\vA\x80\xF8qA\x80\xB8G\r \bA
t \vjA\x80\xB8\xFFk!\b Aj\f\v -\0\0!\v -\0\0!\b Aj! Aj\f\v 
\v!@ /\0"\vA\x80\xF8qA\x80\xB0F qE Aj"
 \fOr\r\0 
/\0"A\x80\xF8qA\x80\xB8G\r\0 \vA
t jA\x80\xB8\xFFk!\v Aj\f\v 
\v! \rA!F@ \b \xA5!\b \v \xA5!\v\v \b \vF\r\0\v\f\vA\xFE+A\xFE\x90A\xE4A\x9F\xE3\0\0\0\vA\xE7+A\xFE\x90A\xDAA\x9F\xE3\0\0\0\v.\0\v  	(\f"\x07F\r\r E@ Ak!\x07\f
\v \b! \x07 Ak"\x07O\r \x07/\0A\x80\xF8qA\x80\xB8F qE\r Ak" \x07 /\0A\x80\xF8qA\x80\xB0F\x1B!\x07\f	\v  \fO\r\f@ E@ Aj!\x07 -\0\0!\v\f\v /\0"\vA\x80\xF8qA\x80\xB0F qE \f Aj"\x07Mr\r\0 \x07/\0"A\x80\xF8qA\x80\xB8G\r\0 Aj!\x07 \vA
t jA\x80\xB8\xFFk!\v\v /\0!
 \rA'F@ \v 	(\xA5!\v\v \v Aj"(\0\0I\r\fA\0! \v  
Ak"\bAtj(\0K\r\f@  \bK\r\r   \bjAv"Atj"\r(\0\0 \vK@ Ak!\b\f\v \r(\0 \vI@ Aj!\f\v\v  
Atj! !\f\v  \fO\r\v@ E@ Aj!\x07 -\0\0!\v\f\v /\0"\vA\x80\xF8qA\x80\xB0F qE \f Aj"\x07Mr\r\0 \x07/\0"A\x80\xF8qA\x80\xB8G\r\0 Aj!\x07 \vA
t jA\x80\xB8\xFFk!\v\v /\0!
 \rA%F@ \v 	(\xA5!\v\v \v Aj"/\0\0I\r\v@  
Ak"\bAtj/\0"A\xFF\xFFF \vA\xFF\xFFOq\r\0  \vI\r\fA\0!@  \bK\r\r \vA\xFF\xFFq"\r   \bjAv"Atj"/\0\0I@ Ak!\b\f\v /\0 \rO\r Aj!\f\0\v\0\v  
Atj! !\f\r\v 	(! 	(\f!@  \x07O\r  F\r\v@@@ @ \x07Ak"
/\0"\bA\x80\xF8qA\x80\xB8F qE  
Or\r \x07Ak"\x07/\0"\vA\x80\xF8qA\x80\xB0G\r \b \vA
tjA\x80\xB8\xFFk!\b\f\v Ak"-\0\0!\v \x07Ak"\x07-\0\0!\b\f\v 
!\x07\v@ Ak"
/\0"\vA\x80\xF8qA\x80\xB8F qE 
 Mr\r\0 Ak"/\0"A\x80\xF8qA\x80\xB0G\r\0 \v A
tjA\x80\xB8\xFFk!\v\f\v 
!\v \rA#F@ \b \xA5!\b \v \xA5!\v\v \b \vF\r\0\v\f
\v !\f\x07\v A\xFFF A\xAA\xC2\0Fr AFq!\v  \fO\r\v /\0"A\x80\xF8qA\x80\xB0F qE Aj \fOrE@ /"\x07A\x80\xF8qA\x80\xB8G\r A
t \x07jA\x80\xB8\xFFk!\f\v A\xFFK\r\v A\xFFq-\0\x80\xA1AqA\0G!
\f\v A\xFFF A\xAA\xC2\0Fr AFq!
\v ! !\x07 \b! 
 \vs AGs\r\f\v ! \b!\f\v !\v !\x07\f\vA\x7F!\x07\f\v 	((!@ !\b  F@A\0!\x07\f\v@  \bOE@ \0 \bA\bk"(\0Atj \bAk(\x006\0 !\b\f\v\v \bA\fk!  \bAk(\0"Atj! A\x80\x80\x80\x80|qA\x80\x80\x80\x80F\r\0\v \bA\bk(\0!\x07 (\0! ! 	A\fj\xB8E\r\v\vA~!\x07\v  	(("\0G@ 	($("Aj \0A\0 (\b\0\v 	A\xB0j$\0 \x07\v\xC6~\v\x7F#\0A0k"\v$\0@ \0 \xFB"E@B\x80\x80\x80\x80\xE0\0!\f\vB\x80\x80\x80\x80\xE0\0! \0 )\0("B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@@@ \xA7"
()\0"B\xFF\xFF\xFF\xFFX@ \v \xA7"A\0 A\0J\x1B\xAD7(\f\v B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 \vA(j \xAE\r\v ("/\0"A!q"	E@ \vB\x007(\v@ -\0 -\0"Atj"E@\f\v \0 At'"\fE\r -\0!\v@~@@@ \v)(" \xA7"("A\xFF\xFF\xFF\xFF\x07q"\xADW@ \f Aj Aj" \xA7  Av" \0\xEA"\rAF\rA\0! \rA\0H\r 	E\r\v@ 
(")\0B\xFF\xFF\xFF\xFFV\r\0 
(-\x003A\bqE\r\0 \0 B\0!A\0!\f\vA\0!B\x80\x80\x80\x80\xE0\0B\x80\x80\x80\x80  \0 A\xD9\0B\0;A\0H"\x1B!B\x80\x80\x80\x800!B\x80\x80\x80\x80 B\x80\x80\x80\x800 \x1B\f\v \rA~F@ \0\xF6\f\v \0A\xD7\xD3\0A\06\f\v@@ 	E\r\0 \f( k u!	@ 
(")\0B\xFF\xFF\xFF\xFFV\r\0 
(-\x003A\bqE\r\0 \0  	\xAD!\f\vA\0! \0 A\xD9\0 	\xAD;A\0N\r\0B\x80\x80\x80\x80 !\bB\x80\x80\x80\x800!B\x80\x80\x80\x800!\x07B\x80\x80\x80\x800!\f\vB\x80\x80\x80\x800!A\0!
B\x80\x80\x80\x800!@@@ /\0A\x80q"	@ (\0B\x80\x80\x80\x80 !\b \0B\x80\x80\x80\x80 \x90"B\x80\x80\x80\x80\xE0\0Q\r jAj!
\vB\x80\x80\x80\x800!\x07 A\xC0\0qE\rA\0! \0B"\x07B\x80\x80\x80\x80\xE0\0R\rB\x80\x80\x80\x80 !\bB\x80\x80\x80\x80\xE0\0!\x07\f\vA\0!B\x80\x80\x80\x800!\x07B\x80\x80\x80\x80\xE0\0!\f\v 	E\r\0B\x80\x80\x80\x80 !\b \0B\x80\x80\x80\x80 \x90"B\x80\x80\x80\x80\xE0\0R\r\0B\x80\x80\x80\x80\xE0\0!\f\v \v \xAD7\0 \f(\0! \v 7 \v  k u\xAD7\b B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \v 7 \0(4" (\0Aj6\0B\x80\x80\x80\x80\xE0\0!\bA\0!B\x80\x80\x80\x800! \0 A \v\xFE"B\x80\x80\x80\x80\xE0\0Q\r\0@ \0 \xA7" \x99\r\0 \x07B\x80\x80\x80\x80p\x83!\bA\0!@@@@  G@A\0! E 
Er\r 
-\0\0E@\f\v \0 
\x8B"\rA\0!\f\vB\x80\x80\x80\x800!@ \bB\x80\x80\x80\x800R@A\0! \0 \x07A\x8B A\x87\x80A\0H@B\x80\x80\x80\x800!\f\x07\vB\x80\x80\x80\x800! \0 A\x8C \x07A\x87\x80A\0H\rB\x80\x80\x80\x800!\x07\vA\0!B\x80\x80\x80\x800!\b\f\v\vB\x80\x80\x80\x800!\x07 !\b\f\v 
A 
jAj!
\vA\x7F!	\x7FA\x7F \f Atj"(\0"\rE\r\0A\x7F ("E\r\0 \r k u!	  k u\v!\r@ \bB\x80\x80\x80\x800R@@ 	A\x7FF@B\x80\x80\x80\x800!\f\v \0B"B\x80\x80\x80\x80\xE0\0Q\r \0 B\0 	\xADA\x87\x80\xA0A\0H\r \0 B \r\xADA\x87\x80\xA0A\0H\r\v@ E\r\0@ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0  KE\r\f\v B\x80\x80\x80\x80\xF0~T\r\0 \xA7" (\0Aj6\0\v \0   A\x87\x80A\0H\r\v \0 \x07  A\x87\x80\xC4A\0H\r\v@ 	A\x7FF@B\x80\x80\x80\x800!\f\v \0  	 \r\x91"B\x80\x80\x80\x80\xE0\0Q\r\v @@@ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0  KE\r\f\v B\x80\x80\x80\x80\xF0~T\r\0 \xA7"	 	(\0Aj6\0\v \0   A\x87\x80A\0H\r\v \0 \v  (("Aj6( ($ Atj 7\0 Aj!\f\v\v \0 \vB\x80\x80\x80\x800!\v !\b\vB\x80\x80\x80\x80\xE0\0!\f\vB\x80\x80\x80\x80\xE0\0!B\x80\x80\x80\x800!B\x80\x80\x80\x80 \v!\bB\x80\x80\x80\x800!\x07B\x80\x80\x80\x800!\f\vB\x80\x80\x80\x80 !B\x80\x80\x80\x800!B\x80\x80\x80\x800!\x07B\x80\x80\x80\x800!B\x80\x80\x80\x800!\b\f\vA\0!\fB\x80\x80\x80\x80\xE0\0!B\x80\x80\x80\x80 !\bB\x80\x80\x80\x800!B\x80\x80\x80\x800!\x07B\x80\x80\x80\x800!A\0!\v \0  \0  \0 \x07 \0  \0  \0 \b \0("\0Aj \f \0(\0\0\v \vA0j$\0 \vI\x7F A\0J@ \0 jAk!@ -\0\0"E \0 OrE@ \0 :\0\0 \0Aj!\0 Aj!\f\v\v \0A\0:\0\0\v\v\`\x7F#\0Ak"$\0 \0(\0! A\fj \0(("  k\xFC! A  A\0\x82  ()\x88 \0( Aj (\fAjA\0\xDC Aj$\0\vt\x7FA\x7F!A\x7F (\0"Av j A\xA9\xD5\xAA\xD5zK\x1B!@@  (\0"\x07F@ \0 '"E\r E\r  \x07 \xFC
\0\0\f\v \0 \x07 \xB4"E\r\v  6\0  6\0A\0!\v \v\xBF\x7F#\0A0k"$\0A\x7F! \0 U"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@\x7F@ A"5\r\0 \xA7!A\0! A\x006,@ (A\xFF\xFF\xFF\xFF\x07q J@@@@@@@@@@@  A,j\xEC"A\bk\0\v A"F A\xDC\0Fr\r\v A\x80\xF0\xFF\x07qA\x80\xB0G A Oq\r  6\0 Aj"AA\xF6! f  |\r
\f\x07\vA\xF4\0!\f\vA\xF2\0!\f\vA\xEE\0!\f\vA\xE2\0!\f\vA\xE6\0!\v A\xDC\05\r  5E\r\f\v  \xAB\r\v (,!\f\v\v A"5\r\0A\0\f\vA\x7F\v! \0 \v A0j$\0 \v\xBB\x07\x7F~#\0A k"$\0 A\x006\f@@  \0((\x80I@ \0t\f\v \0   A\0"\vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \v!\f\v@@ \vB\x80\x80\x80\x80pT\r\0 \0 \v\xD5"
A\0H\r@ 
@ \0 A\fj \v\xDBE\r\f\v \0 A\bj A\fj \v\xA7Aw (\b!A\0H\r\v (\f!\b@ \x07 \bF\r@ 
@ \0 \x07\xFC"E\r\f\v \0  \x07Atj( !\v\x7F@ \0 \v  \xF0"\rB\x80\x80\x80\x80p\x83"\fB\x80\x80\x80\x800R@ \fB\x80\x80\x80\x80\xE0\0R\r \0 \f\v \0 \v A\0\xDA\f\v \0 \v  \rA\x07\v \0  \x07Aj!\x07A\0N\r\0\v\f\v \0  \bXA\0! \0 W"\fB\x80\x80\x80\x80\xE0\0Q\r\0  \v7  \f7 \0  A Aj! \0 \f \0 \v\f\v \0  (\fX \0 \v\vB\x80\x80\x80\x80\xE0\0!\v A j$\0 \v\x95	\x7FA\x7F!\x07@ A\xFF\xFFK\r\0@ \0(@" K@ \0(D" Alj(\0E\r\f\vA> Aj" Av j"  I\x1B" A>M\x1B"At!
 \0Aj!\b \0A\xCC\0j! \0A\xC8\0j!\v@ \v (\0"G@ \b ($ 
 \0(\b\0"	E\r \0(@"   J\x1B!\f@  \fFE@ 	 AtjB\x80\x80\x80\x80 7\0 Aj!\f\v\v  	6$ Aj!\f\v\v \b \0(D Al \0(\b\0"E\r  \0(@"kAl"\x07@  AljA\0 \x07\xFC\v\0\v \0 6@ \0 6D\v  Alj" 6\0 A\xEEN@ \0(8 Atj(\0"\0 \0(\0Aj6\0\v  6  (6\b  (\b6\f  (\f6  (6A\0!\x07\v \x07\v\xBD\x7F  A\xB7"A\xFF\xFF\xFF\xFFq! \0(4 \0($Ak qAtj!@ (\0"E@A\0\v@ \0(8 Atj(\0"(\b"A\xFF\xFF\xFF\xFFq G A\x80\x80\x80\x80|qA\x80\x80\x80\x80Gr\r\0 ("A\0H A\xFF\xFF\xFF\xFF\x07q Gr\r\0 Aj  }\r\0 A\xEEN@  (\0Aj6\0\v \v A\fj!\f\0\v\0\v?\x7F A\0 A\0J\x1B!@@  F@A\x7F!\f\v \0 Atj( F\r\0 Aj!\f\v\v \v\xF1\x7F~@ B\xFF\xFF\xFF\xFFoX@ \0%\f\v@@ \0 A\xC3\0K\x7F \0 A\xC3\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\rA\x84\bA\x80\b \0 -\x1BA\0\v! \0 A\xC1\0K@ \0 A\xC1\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\rA\x81A\x80 \0 -\x1B r!\v@@@@ \0 A\xC4\0KE@B\x80\x80\x80\x800!\x07\f\v \0 A\xC4\0 A\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r A\x80\xC0\0r!\v \0 A\xC2\0KE\r \0 A\xC2\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\vB\x80\x80\x80\x800!B\x80\x80\x80\x800!\f\vA\x82A\x80 \0 -\x1B r!\vB\x80\x80\x80\x800!\b@@ \0 A\xC5\0KE@B\x80\x80\x80\x800!\f\vB\x80\x80\x80\x800! A\x80r! \0 A\xC5\0 A\0"B\x80\x80\x80\x80p\x83"	B\x80\x80\x80\x800Q\r\0A\xB2\xC8\0! 	B\x80\x80\x80\x80\xE0\0Q\r \0 0E\r\v@@ \0 A\xC6\0KE\r\0 A\x80 r! \0 A\xC6\0 A\0"\bB\x80\x80\x80\x80p\x83"B\x80\x80\x80\x800Q\r\0A\xA3\xC8\0! B\x80\x80\x80\x80\xE0\0Q\r \0 \b0E\r\v A\x800q@A\xE1\xF9\0! A\x80\xC4\0q\r\v  \b7  7  \x077\b  6\0A\0\v \b!\v \0 A\0\f\vB\x80\x80\x80\x800!B\x80\x80\x80\x800!B\x80\x80\x80\x800!\x07\v \0 \x07 \0  \0 \vA\x7F\v\x84\0 \0  A#j,"E@B\x80\x80\x80\x80\xE0\0\v \0  )\0"B\0 B \x88\xA7A\bkAoO\x1B  B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\xE0\xFE\xFFQ\x1B\x99"\0E@B\x80\x80\x80\x800\v \0) "B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v \v\xAB~\x7F@@ \0("(@A4O@ (D(\xC8	\r\vA\x7F! A\xD0\xC7A3A	\xBE\r (D"A$6\x80\v A%6\xD0
 A%6\xB8
 A&6\xA0
 A'6\x88
 A'6\xF0	\vA\x7F! \0A3A\xFE\xF1\0A(AAA\0B\x80\x80\x80\x800A\xB0\xF0A	A\xC0\xF1AA\0F"B\x80\x80\x80\x80\xE0\0Q\r\0 \0 7\` \0A6A\xA4\xD6\0AAAA \0)HA\0A\0A\x80\xF2AA	F"B\x80\x80\x80\x80\xE0\0Q\r\0 \0  \0 \0 \0(8)\bA\x90\xF2A\x92"7\xB0 B\x80\x80\x80\x80\xE0\0Q\r\0 \0 A\xA0\xF2A\x92! \0(8 7\xC8 B\x80\x80\x80\x80\xE0\0Q\r\0 \0 \0)\xB0A\xD0\xF2A\x92! \0(8 7\xD8 B\x80\x80\x80\x80\xE0\0Q\r\0 \0A:A\x8D\xD6\0AAAA \0)HA\0A\0A\x90\xF3AA	F"B\x80\x80\x80\x80\xE0\0Q\r\0 \0  \0 \0(8"\0)\xD0 \0)\xD8AA\xF2!\v \v\xD5\x7F~#\0A@j"$\0A\x7F!@ \0AA\x8D\xCE\0AAAA\0B\x80\x80\x80\x800A\xF0\xA5AA\x90\xA6A	A\0F"B\x80\x80\x80\x80\xE0\0Q\r\0 \0  \0AA\xE6\xCD\0A AAA\0B\x80\x80\x80\x800A\xA0\xA7AA\xB0\xA7AA\0F"B\x80\x80\x80\x80\xE0\0Q\r\0 \0  \0A\x7FA\x9C A!A\0AA\0B\x80\x80\x80\x800A\x90\xA8AA\xC0\xA8A$AF"B\x80\x80\x80\x80\xE0\0Q\r\0A\x7F!@ \0 \0(8)"A; A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 A? A\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 \x07A; A \0 \x07A\0H\r\0A!@ A!G@ A\xA7\xC8j-\0\0! \0  \0(  A\x9Cj\x85A"AA   AtA\x80\xADj"A AA\0F"B\x80\x80\x80\x80\xE0\0Q\r \0  Aj!\f\v\v \0 A\0!A\x7F! \0A!A\xBD#A#AAA\0B\x80\x80\x80\x800A\0A\0A\xC0\xADAA\0F"B\x80\x80\x80\x80\xE0\0Q\r\v \0  !\v A@k$\0 \v\0 \0(\0"\0 (\0"K \0 Ik\v\xF6\x7F~#\0A@j"$\0@@ AF@A\0!A\0!@ AF\r \0 \0(8)\xB8 AtA\xC0\xC7j(\0 A\xCC\xC7j-\0\0\x92! \0(8 Atj 7\xD8 Aj! B\x80\x80\x80\x80\xE0\0R\r\0\vA\x7F!\f\vA\x7F! At(\xB0\xC7! -\0\xC8\xC7! \0 A#j \0(  A\xC1j\x85AA\0A B\x80\x80\x80\x800A\xA0\xEA A\x7FsAq  A\0F"B\x80\x80\x80\x80\xE0\0Q\r\0 \0  Aj!\f\v\v A@k$\0 \v\xCD\x7F~#\0A k"$\0  7\b A\x006  \x006\0  )\0"
7@@ 
B\x80\x80\x80\x80p\x83"\vB\x80\x80\x80\x800R@B\x80\x80\x80\x80\xE0\0!	 \0 
O\r\vB\x80\x80\x80\x80\xE0\0!	 \0 \x90"A\0H\r\0@ AI\r\0 \xA7"/Ak"A\xFF\xFFqA\fO\r  AtA\xFC\xFFq"(\xA8\xB26A /A\xA7\xC8j-\0\0"t!\b \vB\x80\x80\x80\x800R@ \0 At'"\x07E\rA\0!@  FE@ \x07 Atj 6\0 Aj!\f\v\v  \b6 \x07 AA\xCE\0 \xD9@@@@ (\0\v (("E\r ($! \0    J\x1B"\b t"'"\r\v \0("\0Aj \x07 \0(\0\0\f\v @   \xFC
\0\0\vA\0!@@@@@ \0	\v@  \bF\r  j  \x07 Atj(\0j-\0\0:\0\0 Aj!\f\0\v\0\v@  \bF\r  Atj  \x07 Atj(\0Atj/\0;\0 Aj!\f\0\v\0\v@  \bF\r  At"j   \x07j(\0Atj(\x006\0 Aj!\f\0\v\0\v@  \bF\r  Atj  \x07 Atj(\0Atj)\x007\0 Aj!\f\0\v\0\v \0("Aj  (\0\0\v \0("\0Aj \x07 \0(\0\0\f\v ($  \b (\xD8\xB2 \xD9 (\r\v B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v !	\v A j$\0 	\v.\0\v\xE8~ \0 \x90"A\0H@B\x80\x80\x80\x80\xE0\0\v@ E\r\0@@@@@ \xA7"\0/A\xA7\xC8j-\0\0\0\v \0($"\0 j!@ \0 Ak"O\r \0-\0\0! \0 -\0\0:\0\0  :\0\0 \0Aj!\0\f\0\v\0\v \0($"\0 Atj!@ \0 Ak"O\r \0/\0! \0 /\0;\0  ;\0 \0Aj!\0\f\0\v\0\v \0($"\0 Atj!@ \0 Ak"O\r \0(\0! \0 (\x006\0  6\0 \0Aj!\0\f\0\v\0\v \0($"\0 Atj!@ \0 A\bk"O\r \0)\0! \0 )\x007\0  7\0 \0A\bj!\0\f\0\v\0\v.\0\v B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v \v\xC3\x7F~@ \0("(@A3O@ (D(\xB0	\r\v A\xF8\xC6A2A\xBE@A\x7F\v (D"A6\xC0	 A\x84\xC76\xC4	\v \0AA\xAFAAA\0 \0)@A\x92"B\x80\x80\x80\x80\xE0\0R@ B\x80\x80\x80\x80pZ@ \xA7" /A\x80 r;\v@ \0 A\x90\xEAA\xC1\r\0 \0 \0)\xD0A\xAF A\xA8A\0H\r\0A\0\v \0 \vA\x7F\v5\0 \0 ["\0E@B\x80\x80\x80\x80\xE0\0\v \0( (\f"\0 \0(\0Aj6\0 \0\xADB\x80\x80\x80\x80p\x84\v\0 \0 \0)\xD0A\xD0\xE9A\xC1\vk\x7F \0/A!F@A!@ \0( "\0(\f( "-\0\b\r\0 \0(" (\0"K\r\0A\0! \0(\r\0 \xAC \x005 \xAD|S!\v \vA\xDB\x96A\xDF\x90A\xE6\xC7A\xF4\x91\0\0\v\xAD\x7F~ \0A\f6\xF4A\x7F!@ \0AA\x94\xD2\0A\x1BAAA\0B\x80\x80\x80\x800A\xB0\xE6AA\xD0\xE6AA\0F"B\x80\x80\x80\x80\xE0\0Q\r\0 \0 7X \0 \0(8)\xB8A\xB0\xE9A\x92! \0(8" 7\xF8 B\x80\x80\x80\x80\xE0\0Q\r\0 \0 \0 )\x90"\xA7A\0 B\xFF\xFF\xFF\xFFoV\x1BA\x9D"60 E\r\0 \0 \0A0jA\0A\xD9\0A\x89\r\0 \0 \0 \0(8)"\xA7A\0 B\xFF\xFF\xFF\xFFoV\x1BA\x9D"64 E\r\0 \0 \0A4j"A\0A2A
\x89\r\0 \0 A\0A\xDB\0A\x07\x89\r\0 \0 A\0A\xDC\0A\x07\x89\r\0A\x7FA\0 \0 A\0A\x8BA\x07\x89\x1B!\v \v\x83~\x7F#\0A k"\b$\0B\x80\x80\x80\x80\xE0\0!@ \0 \bAj )\0\xAC\r\0@@ AH\r\0 )\b"B\x80\x80\x80\x80pT\r\0 \0 &"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 A\x9F A\0!\x07 \0  \x07B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x800Q\r\0 B\x80\x80\x80\x80\xE0\0Q\r \0 \bA\bj \x07\xE0\r \b)\b" \b)Z B\x80\x80\x80\x80\x80\x80\x80SqE@ \0A\xB4\xE4\0A\02\f\v \b 7 \bAj!	\v \0  \b) 	 \x83!\f\vB\x80\x80\x80\x80\xE0\0!\v \bA j$\0 \v\0 \0 \0(8)(A\x90\xE6A\xC1\vK~\x7F \0 \0)\xA0Ai"B\x80\x80\x80\x80\xE0\0R@ B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 A8 A\v \v\x95\x7F#\0Ak"$\0  7\b (\0" ("6  6\0 B\x007\0 \0 \0 A j Atj)\0B\x80\x80\x80\x800A A\bj \0 ) \0 ) \0 )  \0 )( \0("\0Aj  \0(\0\0 Aj$\0\v\x85\x7F#\0Ak"$\0  7\b At!A\0!@@@ AF\r\0 \0A\xC7\0A  rA A\bjo"B\x80\x80\x80\x80\xE0\0R\rA\x7F! AG\r\0 \0 )\0\v Aj$\0 \v  Atj 7\0 Aj!\f\0\v\0\vH\x7F~A\x7F! \0A
A\x8A\xF1\0AA\x07AA\0B\x80\x80\x80\x800A\xD0\xF4AA\x80\xF5A/A\0F"B\x80\x80\x80\x80\xE0\0R\x7F \0 A\0A\x7F\v\v\xCB\x07\x7F~#\0A0k"$\0 A\fj!@@@@@ (" F\r@\x7F@@@@@ ("\0
\b\v (\b!\f\v (\bE@ (\b!\f\v \0 \xE8\f\v@@ (\b\b\0\v A6  )7( \0 \0)\`  A(jA\0\xF1"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0(")\x88!\x07 B\x80\x80\x80\x80\xC0\x007\x88  \x077 \0 \0)\`  AjA\xF1!\x07 \0 ) \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r	\v \0 5\0B\x80\x80\x80\x80p\x84 A\x85E@ B\x80\x80\x80\x8007 B\x80\x80\x80\x8007 \0 \x07  Aj\xC4 \0 )\0 \0 )\b\v \0 \x07\f\b\v \0  )\xE7\f\x07\v )"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v AG (\b"AGrE@ \0 \x07\x8A (\b!A\f\v (\b"(\`" \xAD7\0 A\bk \x077\0  A\bj6\`\vA\0\v!  6 A6\v@ \0 \xC1!\x07 (\b"( @ \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0(")\x88!\x07 B\x80\x80\x80\x80\xC0\x007\x88 \0 \xE8 \0 ( \x07\xE7 \0 \x07\f\v \0 \xE8 \0  \x07A\xFF \0 \x07\f\v \x07B\x80\x80\x80\x80Z\r (\`A\bk")\0!\b B\x80\x80\x80\x8007\0 \x07BV\r@@ \x07\xA7Ak\0\0\v AA \x07BQ\x1B6 \0  \bA\0\xFF \0 \b\f\v  \b7(@@ \0 \0)\`  A(jA\0\xF1"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 5\0B\x80\x80\x80\x80p\x84 AjA\0\x85@ \0 \x07\f\v B\x80\x80\x80\x8007\b B\x80\x80\x80\x8007\0 \0 \x07 Aj \xC4 \0 \x07A\0!@ AFE@ \0 Aj Atj)\0 Aj!\f\v\vE\r\v \0 \b (\b"A6\f\v\v\v \0 \b\f\v.\0\v \0 B\x80\x80\x80\x800A\xFF\v A0j$\0\vA\xD4\x97A\xDF\x90A\xB7\xA4A\xF1&\0\0\v{\x7F \0Aj! A\fj! (!@  FE@ ( \0 )" \0 )" \0 ) " \0 )("   \0(\0\0!\f\v\v (\b"@ \0 \xFC\v   \0(\0\0\v\x93\x07\x7F~#\0A0k"$\0@ B\x80\x80\x80\x80pT\r\0 \xA7"/A3G\r\0 ( "E\r\0 (\0\r\0 B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 Aj !  Aj"6\0@ AG\r\0 (\r\0 \0("(\xA0"\x07E\r\0 \0  A\0 (\xA4 \x07A\0\v Aj"\x07 Atj"\b(! A\0G\xADB\x80\x80\x80\x80\x84!@  \bFE@ (  )\b7\0  )7\b )!\v  7   7  \v7 \0A\xC0\0A \xCF (\0"	 ("
6 
 	6\0 B\x007\0 \0( \xC3!\f\v\v \x07A kAtj"(!@  F\r (\0"\x07 ("6  \x076\0 B\x007\0 \0( \xC3 !\f\0\v\0\v A0j$\0\v\xCB
~\x7F#\0A k"$\0 \0 \0AA\0A\0A\0A\0\x93"7\xC0A\x7F!@ B\x80\x80\x80\x80\xE0\0Q\r\0 \0 \0)@A\xD3\0B\x80\x80\x80\x800  A\x812xA\0H\r\0 \0 \0)@A\xD1\0B\x80\x80\x80\x800 \0)\xC0" A\x812xA\0H\r\0 \0 \0  \0 \0A\xC0jA\x94 \0AA\xCF5AAAA\0B\x80\x80\x80\x800A\x80\x85AA\xF0\x87A\vAF"B\x80\x80\x80\x80\xE0\0Q\r\0 \0  \0A\rA\xA9\xD6\0AAAA\0B\x80\x80\x80\x800A\0A\0A\xA0\x89A\bAF"B\x80\x80\x80\x80\xE0\0Q\r\0 \0 7H  \0A'A\xCC\xC5\0AA\0AA\0B\x80\x80\x80\x800A\xA0\x8AAA\xC0\x8AA\rA\0F"7\b B\x80\x80\x80\x80\xE0\0Q\r\0A\x7F!@ \0AA\0A\0A A\bjo"B\x80\x80\x80\x80\xE0\0Q@ !\f\v \0 \0(8)\xB8A\xC0\0B\x80\x80\x80\x800  A\x810xA\0H@ \0 \f\v \0  \0 7\xA8 \0 \0(8)\xB8A\x90\x8CA\x92! \0(8" 7\xC0 B\x80\x80\x80\x80\xE0\0Q\r \0 )\xB8A\xC0\x8CA\x92! \0(8" 7\xC8 B\x80\x80\x80\x80\xE0\0Q\r \0 )\xB8A\xF0\x8CA\x92! \0(8" 7\xD0 B\x80\x80\x80\x80\xE0\0Q\r \0 \0 )"A\xEF\0 A\0"7\xB8 B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 \0(8)\xB8A\x90\x8DA\x92! \0(8 7\xE8 B\x80\x80\x80\x80\xE0\0Q\r \0 \0)\xD0A\xB0\x8DA\xC1\r \0AA\xD3\xCF\0AAAA\0B\x80\x80\x80\x800A\xF0\x8FAA\xD0\x91AAF"B\x80\x80\x80\x80\xE0\0Q\r \0  \0 \0(8) B\0\xB2\r \0AA\xAF\xDD\0AAAA\0B\x80\x80\x80\x800A\0A\0A\xB0\x92AAF"B\x80\x80\x80\x80\xE0\0Q\r \0  \0 \0(8)0B\x80\x80\x80\x80\xB2\r \0AA\x94\xE9\0AAAA\0B\x80\x80\x80\x800A\xD0\x92AA\x80\x93A2AF"B\x80\x80\x80\x80\xE0\0Q\r \0  \0 \0(8)( \0A/3\xB2\r \0 \0(8)\xB8A\x90\x9AA\x92! \0(8 7\xF0 B\x80\x80\x80\x80\xE0\0Q\r Aj\x92 \0B 4 )B\xC0\x84=~|" BX\x1B7\xE0 \0 \0)\xD0A\xB0\x9AA\xC1\r \0 \0)\xD0A\xA0\xA0A\xC1\r \0A\x07A\xB0\xDE\0AA\0AA\0B\x80\x80\x80\x800A\x90\xA2AA\x80\xA4AA\0F"B\x80\x80\x80\x80\xE0\0Q\r \0  \0 \0(8)\xB8A\xD0\xA4A\x92! \0(8 7\x80 B\x80\x80\x80\x80\xE0\0Q\r \0AA\x92\xD6\0AAAA \0)HA\0A\0A\x90\xA5AA	F"B\x80\x80\x80\x80\xE0\0Q\r \0  \0 \0(8")\x80 )\x80AA\xF2\r \0 \0 \0)\xD0"A> A\0"7\xC8 B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0)\xD0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\vA\0! \0 A\x8F AA\0H\r \0A"A\xEE/AAAA\0B\x80\x80\x80\x800A\xA0\xA5AA\xC0\xA5AA\0F"B\x80\x80\x80\x80\xE0\0Q\r\v \0  !\v A j$\0 \v\xEF~\x7F@ )\0"B\x80\x80\x80\x80pZ@ )\b"B\xFF\xFF\xFF\xFFoV\r\v \0%B\x80\x80\x80\x80\xE0\0\vB\x80\x80\x80\x80\xE0\0! \0B\x80\x80\x80\x80 A2i"B\x80\x80\x80\x80\xE0\0R~ \0A'"E@ \0 B\x80\x80\x80\x80\xE0\0\v \xA7" (\0Aj6\0  7\0 \xA7"\x07 \x07(\0Aj6\0  7\b \0 0!\0 A\0:\0  \0:\0 B\x80\x80\x80\x80pZ@ \xA7"\0 6  \0 \0/A\xFF\xDFq /A\x80 qr;\v B\x80\x80\x80\x80\xE0\0\v\v\xBC}\x7F~#\0A\x80\x07k"$\0 (\xC8"A\0 A\0J\x1B!@  FE@ (\xCC AtjA\x7F6 Aj!\f\v\v (<@ (\xCCA~6\f\vA\0! (x"A\0 A\0J\x1B!\b@  \bF@@A!A  AL\x1B!@@  F@A\0!@  \bF\r@ (p Alj"(\bA\0N\r\0 ("AH\r\0  (\xCC"  Atj(\0Atj(6\b\v Aj!\f\0\v\0\v (\xCC" Atj"(A\0H@   (\0Atj(6\v Aj!\f\v\v (DE\r\0@ ( \r\0 -\0jAq\r\0  \0 A\xD6\0S6\x90 (<E\r\0  \0 A\xD7\0S6\x94\v@ (L"\bE\r\0 (\xA8A\0H@  \0 \xCC6\xA8\v (\xACA\0H@  \0 A\xF5\0S6\xAC\v@ (\`E\r\0 (\xB0A\0N\r\0  \0 A\xF6\0S6\xB0\v (0E\r\0 (\xB4A\0N\r\0  \0 A\xF7\0S6\xB4\v@ (H"E\r\0 \0 \xF6 (<E\r\0 -\0jAq\r\0 (\x9CA\0N\r\0 (\xCCA\fj!@@ (\0"A\0H\r\0 (p Alj"(AG\r\0 A\bj! (\0A\xD1\0G\r\f\v\v \0 A\xD1\0S"A\0H\r\0 (p Alj" (\xCC"(\f6\b  6\f A6  -\0\fAr:\0\f  6\x9C\v@ (,E\r\0 (l"E\r\0 \0  \xF5\vA\0!A\0!@ (\x84 L@@@  (xNE@@ (p Alj"(\r\0 (\0"E A\xD5\0Fr\r\0  l\v Aj!\f\v\v@ ( @ !\f\v ! (\xC0\r\v@ ("E\r (\f!@ \b\r\0 (LE@A\0!\b\f\v (\xA8A\0H@  \0 \xCC6\xA8\v (\xACA\0H@  \0 A\xF5\0S6\xAC\v@ (\`E\r\0 (\xB0A\0N\r\0  \0 A\xF6\0S6\xB0\vA!\b (0E\r\0 (\xB4A\0N\r\0  \0 A\xF7\0S6\xB4\v@ \r\0 (HE@A\0!\f\v \0 \xF6A!\v@ (,E\r\0 (l"E\r\0 \0  \xF5\v (\xCC AtjAj!@ (\0"A\0HE@  (p Alj"l \0  A\0  (\0 -\0\f"Aq AvAq Avk A\bj!\f\v\v@ A~G@A\0!@ (\x84 L@A\0!@  (xN\r@ (p Alj"(\r\0 (\0"E A\xD5\0Fr\r\0  l \0  A\0  (\0A\0 -\0\fAvAqA\0k\v Aj!\f\0\v\0\v (| Alj"(\0@  l \0  A  (\0A\0 -\0\fAvAqA\0k\v Aj!\f\0\v\0\vA\0!@  (xN\r@ (p Alj"(\r\0 (\0 -\0\fAv\x8FE\r\0  l \0  A\0  (\0A\0 -\0\fAvAqA\0k\v Aj!\f\0\v\0\v "( E\r\0A\0!@ (\xC0 L@ !\f\v (\xC8 Atj"/\0"A\x07qAkAO@ \0  A  ( AvAq AvAq A\bvAqk\v Aj!\f\0\v\0\v\0\v  (| Aljl Aj!\f\v\vA\xDC\xADA\xDF\x90A\xAD\x82A\xDA?\0\0\v (p Alj" (\xCC (Atj"(6\b  6 Aj!\f\v\v~@@@ ( E\r\0 (\x9C!\x7F@ ($AG\r\0 -\0jAq\r\0A\0! (\xC0"A\0 A\0J\x1B!@  F\r At Aj! (\xC8j(A~qA\xD6\0G\r\0\v \f\vAA \x1B!A\0!@ (\xF4 J@ \0    (\xFC Atj"\b(\f \b-\0"AvAq AvAqA\0A
 AqAv\x1BA\0 \b(\0A\0N\x1B\xF4 Aj!A\0N\r\f\v\v (\x9C\vE\r\0@ \x07 (,N\r (( \x07Alj"\b(\bE@A\0! (\xC0"A\0 A\0J\x1B! \b(\f!@  F\r  (\xC8 Atj(G@ Aj!\f\v\v \b 6\0\v \x07Aj!\x07\f\0\v\0\v Aj! (!@@  G@ ( Ak(\0! \0 Ak\x8C"B\x80\x80\x80\x80\xE0\0Q\r A\0H\r (\xB4 Atj 7\0!\f\v\v  (\x80"6\xB4  (\x84"6\xB8 \0(! B\x007\xE0 B\x007\xD8  6\xEC A\xC5\x006\xE8 A\x80j!A\0!@ (\xF4 L@A\0!\bA\0! (\xC0"A\0 A\0J\x1B! (\xFC Atj!\b@@  F\r\0 (\xC8 Atj"/\0"A\x07qAK\r\0 (" \b(\fF@ A\bqE\r ($AG\r A\xD8j"A1  \0 \b(\f  A\f\v Aj! A~qA\xD6\0G\r\v\v Aj!\f\v\v@@@@@@@@@@@@@  \v"J@   j"-\0\0"
At-\0\xC0\xDA"j!\v@@@@@@@@@@ 
A\xB1k\r\f\v\0\v 
Ak"AK\rA tA\x80\x80\xD0\fq\r E\r\r AG\r A\x7F6 B\xC6\xF8\x80\x80\xE07 A\xB4j \v Aj)E\r A\xD8j" -\0\xC4 (\xBC!\v (\xC0"A\x7FF  \bFr\r  (\xDCAj6\xDC A\xC4   !\b\f\v \0  (\0" /\0 
 A\xD8jA\0A\0 \v\xE1!\v \0 \f\v /\0	! (\0! (\xA4 (\0Alj" (\0Ak6\0 \0   A\xB9 A\xD8j   \v\xE1!\v \0 \f\v \0 A\xF8j A\xFCj  (\0" /\0"\xE0"\x07A\0H\r (\xFC"E\r@@@@ 
A\xBFk\0\v@@@@ Ak\0\v 
A\xBEF@ A\xD8jA\v A\xD8j" (\xF8 \x07\x88 A\xC0\0\f\v A\xD8j" (\xF8 \x07\x88 A- 
A\xBEF\r A\f\v 
A\xBEF@ A\xD8jA\v A\xD8j" (\xF8 \x07\x88 A- A$ A\0\f\v A\xD8j"A1  \0   A\0\f\v@@@ Ak\0\v A\xD8j" (\xF8 \x07\x88 A\xC1\0\f\v A\xD8j"A1  \0   A\0\f\v \0 \xDF"E\r\x07 \0 A\xF8j A\xFCj   \xE0! \0  A\0H\r\x07 (\xFCA\bG\r A\xD8j" (\xF8 \x88 A\x1B A A- A A$ A A\f\v A\xD8j" (\xF8 \x07\x88 A\xAF\v \0 \f\v (\0"A\0H\r  (\xACN\r (\xA4 Alj (\xDC j6\b\f\vA\0!A\0! /\0"\f (\xF0G\r
@ (\x84 J@ (| Alj"(A\0N@ A\xD8j"A  ( A\xD9\0  A\xFF\xFFq\v Aj!\f\v\v@  (xNE@@ (p Alj"(\r\0 (A\0H\r\0 A\xD8j"A  ( A\xD6\0  A\xFF\xFFq\v Aj!\f\v\v@ (\x9CE@A\x7F!	\f\v \xCB"	A\0H@ A6\xE4\f\f\v A\xD8j"A\b A\xE8\0  	  	Aj  (\xD0Aj6\xD0\vA\0!@@@ (\xF4 J@A\0! (\xC0"A\0 A\0J\x1B!\x07 (\xFC Atj!\r@@  \x07F\r (\xC8 Atj("
 \r(\f"F"E@ 
A~qA\xD6\0F@ A\xD8j"\x07A\xDB\0 \x07 A\xFF\xFFq \r(\0A\0N\r \x07A\f\v Aj!\f\v\v \r(\0A\0H\r\v A\xD8j"\x07A \x07 \r(\0@ \r(\fA\x80F@ \x07A\xCA\0 \x07A E\r\f\v  
G\r\v A\xD8j"A\xDC\0  A\xFF\xFFq\f\v (\x9C@ A\xD8j"A) A\xB4  	 (\xA4 	Alj (\xDC6\b\v \0("Aj (\xFC (\0\0 B\x007\xF4 A\x006\xFC\f\r\v A\xD8j"A\xC9\0  \0 \r(\f  A\v \0 \r(\f Aj!\f\0\v\0\vA\xF6*A\xDF\x90A\xFF\x87A\xED?\0\0\vA\xD2\x99A\xDF\x90A\xBD\x81A\xFA\x86\0\0\vA\xF2\x9BA\xDF\x90A\x80\x81A\xFA\x86\0\0\v@  NE@ A\xD8j  j" -\0\0At-\0\xC0\xDA"\`  j!\f\v\v \x89  )\xE87  )\xE07\b  )\xD87\0\f\v \x89  )\xE87  )\xE07\b  )\xD87\0@ (\x8C\r\0 (\xA4!\f  (\xF46\xF0  (\x80"\r6\xB4  (\x84"	6\xB8 \0(! B\x007\xE0 B\x007\xD8  6\xEC A\xC5\x006\xE8 (\xD0"@  (\0 At?"6\xCC E\r\v@ (\xDC"E\r\0 -\0\xECAq\r\0  (\0 At?"6\xD8 E\r A\x006\xE8  (\xF46\xE4\v (\xB4A\0N@ A\xD8j"A\f A A\xD6\0 (\xB4_\v (\xB0A\0N@ A\xD8j"A\f A A\xD6\0 (\xB0_\v (\xACA\0N@ A\xD8j"A\f A A\xD6\0 (\xAC_\v@ (\xA8A\0H\r\0 (\`@ A\xD8j"A\xDE\0  /\xA8\f\v A\xD8j"A\b A\xD6\0 (\xA8_\v (\x98A\0N@@@ -\0jAqE@ (8\r\v A\xD8j"A\f A\0\f\v A\xD8j"A\f AA\0!@  (\x84N\r  (| Aljl Aj!\f\0\v\0\v (\x9C"A\0N@ A\xD8jA\xD7\0 _\v A\xD8jA\xD6\0 (\x98_\v (\xA0A\0N@ A\xD8j"A\f A A\xD6\0 (\xA0_\v (\x90A\0N@ A\xD8j"A\f A A\xD6\0 (\x90_\v (\x94A\0N@ A\xD8j"A\f A A\xD6\0 (\x94_\vA\0!@@@@@@@@@@@@@@@@@@@  	N@A\0! (\xAC"A\0 A\0J\x1B!@  F\r Al Aj! \fj(E\r\0\vA\xA5\x9BA\xDF\x90A\xB6\x91A\xC7=\0\0\v   \rj"\x07-\0\0"At-\0\xC0\xDA"\bj!@@@@@@@@@@@@@@@@@@@@ A\xD5\0k!\f\0\v@ Ak	

\v\r\x07\b\b\0\v A"k"\vA\x1BK\rA \vt"A\xC0\xC1q\r AqE@ \vA\x1BG\r \x07(\0A2G\r  (\xDC (\xF07 A\xD8jA\xE7\f%\v \x07/\0! B\xA8\x80\x80\x80p7P A\xB4j  A\xD0\0j)@@ (\xC0"A\0H@ (\xF0!\f\v  6\xF0\v  (\xDC 7 A\xD8j Aj _  \r 	 (\xBC A\xF0j\xB2!\f&\v  (\xDC (\xF07 A\xD8j  _\f$\v \x07(\0! !\f\v \x07(\0!\x07A\xEC\0!\f\v \x07(\0!\x07A\xEB\0!\f\v  \x07(\0 A\xF4jA\0\xCA!\x07 (\xB4 (\xB8  \x07\xC9@  \x07A\x7Fj A\xD8jA\f!\v B\xEA\x80\x80\x80p7\` A\xB4j  A\xE0\0j)E\r (\xC0!\b (\xB4 (\xB8 (\xBC" \x07\xC9E\r \bA\x7FG@  \b6\xF0\v  \x07A\x7Fj As! (\xCC!\x07\f\v \x07-\0	!\b \x07(\0!  \x07(\0 A\xF4jA\0\xCA"\x07A\0H\r \x07 (\xACN\r  (\xDC (\xF07  (\xD4"Aj6\xD4 (\xCC Atj"\vA6 \v 6\0 (\xDC! \v \x076\f \v Aj6\b A\xD8j"     \f \x07Alj"(\f (\xDCk (\fA\x7FF@ \0  (\xDCAkA\xF3E\r\v A\xD8j \b\f\v B\xA9\x80\x80\x80p7p A\xB4j  A\xF0\0j)E\r ! (\xC0"A\0H\r  6\xF0\f\v B\xA9\x81\x80\x80p7\xA0 A\xB4j  A\xA0j)@@ (\xC0"A\0H@ (\xF0!\f\v  6\xF0\v  (\xDC 7 A\xD8jA\xF1\f\v A\x7F6\x98 B\xAA\x81\x80\x80\x80\xAD7\x90 A\xB4j  A\x90j)E\r\0@ (\xC0"A\0H@ (\xF0!\f\v  6\xF0\v  (\xDC 7 A\xD8jA\xF1 (\xC4As!\f\v B\xE8\xD2\x81\x80p7\x80 A\xB4j  A\x80j)E\r A
F!
\f\r\v@ \x07(\0"A\x80\x80\x80\x80xrA\x80\x80\x80\x80xF\r\0 B\x8A\x81\x80\x80p7\xE0 A\xB4j  A\xE0j)E\r\0 (\xC0"A\0N@  6\xF0\v B\x8E\x80\x80\x80p7\xD0 A\xB4j (\xBC A\xD0j)@ (\xC0"A\0H\r  6\xF0\f\v  (\xDC (\xF07 A\xD8jA\0 k\xC8\f\v B\x8E\x80\x80\x80p7\xC0 A\xB4j  A\xC0j)@ (\xC0"A\0H\r  6\xF0\f\v B\xE8\xD2\x81\x80p7\xB0 A\xB4j  A\xB0j)@ A\0G!
\f\r\v  (\xDC (\xF07 A\xD8j \xC8\f\x1B\v \x07(\0"A\xFFJ\r  (\xDC (\xF07 A\xD8j" A\xC5\0kA\xFFq  A\xFFq\f\v \x07(\0! B\x8E\x80\x80\x80p7\x90 A\xB4j  A\x90j)@ \0  (\xC0"A\0H\r  6\xF0\f\v A/G\r  (\xDC (\xF07 A\xD8jA\xBF\f\v B\xC6\x80\x80\x80p7\xC8 B\xD5\xB0\xED\x82p7\xC0 A\xB4j" " A\xC0j)\r A\x7F6\xB8 B\x81\x84\x90\x80\xE0\b7\xB0   A\xB0j)\r A\x7F6\xA8 B\x86\x8E\xA8\xC8\xE0\b7\xA0   A\xA0j)\r\f\r\v B\x8E\x80\x80\x80p7\x90 A\xB4j  A\x90j)@ (\xC0"A\0H\r  6\xF0\f\v B\xA8\x80\x80\x80p7\x80 A\xB4j  A\x80j)@@ (\xC0"A\0H@ (\xF0!\f\v  6\xF0\v  (\xDC 7 A\xD8jA)\f\v B\xE8\xD2\x81\x80p7\xF0A\0!
 A\xB4j"  A\xF0j)\r\b B\xA9\x81\x80\x80p7\xE0   A\xE0j)@@ (\xC0"A\0H@ (\xF0!\f\v  6\xF0\v  (\xDC 7 A\xD8jA\xF0\f\v A\x7F6\xD8 B\xAA\x81\x80\x80\x80\xAD7\xD0 A\xB4j  A\xD0j)E\r\f@ (\xC0"A\0H@ (\xF0!\f\v  6\xF0\v  (\xDC 7 A\xD8jA\xF0 (\xC4As!\f\v A\x7F6\xA8 B\xBF\x80\x80\x80\xE07\xA0 A\xB4j  A\xA0j)E\r\v@ (\xC0"A\0H@ (\xF0!\f\v  6\xF0\v  (\xDC 7 A\xD8j"A?  (\xD4\f\v A\x7F6\xD8 B\xD6\xC0\xE5\xE2u7\xD0 A\xB4j  A\xD0j)E\r
 (\xC0"A\0N@  6\xF0\v B\x8E\x80\x80\x80p7\xC0 (\xC4"Aj!@ A\xB4j (\xBC" A\xC0j)\x7F (\xC0"A\0N@  6\xF0\v  (\xC86\xB4A\x7F! A\x7F6\xB8  Ak6\xB0 A\xB4j (\xBC" A\xB0j)E\r (\xBC! (\xC0A\x7F\v! !\v  (\xDC (\xF07 A\xD8j  (\xC8_ A\0H\r  6\xF0\f\v \x07/\0"A\xFFK\r	 B\x8E\x80\x80\x80p7\xEC  6\xE8 B\x8E\x9F\x82\x80\xE0
7\xE0@ A\xB4j"  A\xE0j)E@ B\x8E\x80\x80\x80p7\xD0  6\xCC A\xD6\x006\xC8 B\x8C\x9B\x82\x80\x907\xC0   A\xC0j)E\r\v@ (\xC0"A\0H@ (\xF0!\f\v  6\xF0\v  (\xDC 7 A\xD8j"A\x91A\x90 (\xC4A}qA\x8DF\x1B  A\xFFq\f\v B\x8E\x80\x80\x80p7\xB4  6\xB0 B\x91\x80\x80\x80\xE0
7\xA8 B\x84\x80\x80\x80\xB07\xA0 A\xB4j  A\xA0j)@@ (\xC0"A\0H@ (\xF0!\f\v  6\xF0\v  (\xDC 7@ (\xD4A/F@ A\xD8jA\xBF\f\v A\xD8j"A  (\xD4\v A\xD8j"A\x92  A\xFFq\f\v B\x8E\x80\x80\x80p7\x94  6\x90 B\x91\x80\x80\x80\xE0
7\x88 B\x81\x80\x80\x80\xB07\x80 A\xB4j  A\x80j)@@ (\xC0"A\0H@ (\xF0!\f\v  6\xF0\v  (\xDC 7 A\xD8j" (\xCC\xC8 A\x92  A\xFFq\f\v B\x8E\x80\x80\x80p7\xF8  6\xF4 A\xD6\x006\xF0 B\x9B\x81\x80\x80\x907\xE8 B\xD5\xB0\xED\x82p7\xE0 A\xB4j  A\xE0j)@@ (\xC0"A\0H@ (\xF0!\f\v  6\xF0\v  (\xDC 7 A\xD8j" (\xC4 (\xC8_ A\x92  A\xFFq\f\v  (\xDC (\xF07 A\xD8jA\xD5\0 _\f\v \x07/\0!  (\xDC (\xF07 A\xD8j  _\f\v  \x07/\0"6\x84 A\x7F6\x88  Ak6\x80 A\xB4j  A\x80j)@@ (\xC0"A\0H@ (\xF0!\f\v  6\xF0\v  (\xDC 7 A\xD8j Aj _\f\r\v  (\xDC (\xF07 A\xD8j  _\f\v  \r 	  A\xF0j\xB2!\f\v (\xD4!\v (\xCC!A\0!
A\0!	@@ 
 \vH@A!\b (\0"A\xE8\0kAO@ A\xEBG\rA!\b\v@ (\xA4 (\fAlj(\f (\b"\fk"A\x80\x7FH  \bA\xFF\0jJrE@ A6 A\xEBF@A\xEA! A\xEA6\0\f\v  A\x80j"6\0\f\v A\xEA\0G A\x80\x80jA\xFF\xFFKr\r B\xEB\x81\x80\x80 7\0A!\bA\xEB!\v (\xD8 \fjAk :\0\0 (\xDC (" \b \fjjk"@ (\xD8 \fj j"  \bj \xFC
\0\0\v  (\xDC \bk6\xDCA\0! (\xAC"A\0 A\0J\x1B!\v (\xA4!@  \vF@ (\xD4!\v !\x07 
!@@ \v Aj"L@A\0! (\xE0"A\0 A\0J\x1B!\x07@  \x07F\r \f (\xD8 Atj"(\0"I@   \bk6\0\v Aj!\f\0\v\0\v \x07"Aj!\x07 (" \fL\r   \bk6\f\v\v 	Aj!	\f\v \f (\f"H@   \bk6\f\v Aj! Aj!\f\0\v\0\v (\xCC! 	@A\0!@  \vNE@ (\xA4 (\fAlj(\f (\b"k!@@@@ (Ak\0\v (\xD8 j :\0\0 (\xD4!\v\f\v (\xD8 j ;\0\0\f\v (\xD8 j 6\0\0\v Aj! Aj!\f\v\v (\xCC!\v \0("Aj  (\0\0 A\x006\xCC \0("Aj (\xA4 (\0\0 A\x006\xA4@ -\0\xECAq\r\0 (\0(! (\xF8"(\f!
 B\x007\xFC B\x007\x84  6\x90 A46\x8C A\xFCj"	  A\xFCj 
 (\xF4j\xDE"\v* 	 (\xFC"*A\0!A\0!\b@  (\xE0N\r@ (\xD8 Atj"("A\x7FF\r\0 (\0" \bk"\fA\0H\r\0 (\xF8 A\xF8j  
j\xDE"\x07 \vF (\xF8" Fq\r\0 \x07 \vk!\v  k!\b@@ \fA2K\r\0 \vAj"AK\r\0 	  \fAljAjA\xFFq\f\v 	A\0 	 \f* 	 \v\xC7\v 	 \b\xC7 ! !\b \x07!\v\v Aj!\f\0\v\0\v \0("Aj (\xD8 (\0\0 A\x006\xD8 \x89  )\xE87  )\xE07\b  )\xD87\0 A6\xA0 (\x8C\r (\x80!\f  (\x84"6\xB4  \0 At'"6\xBC E\r$A\0! A\0 A\0J\x1B!@  FE@  AtjA\xFF\xFF;\0 Aj!\f\v\v A\x006\xC4  \0 At'"6\xC0@ E\r\0 B\x007\xC8 A\x006\xB8 \0 A\xB4jA\0A\0A\0A\x7F\xBB\r\0@ (\xC4!@@@ (\xC8"A\0J@  Ak"6\xC8 \f  Atj(\0"j"\r-\0\0"A\fjA\xFFqA\fM@  6\xF4  6\xF0 \0A\xCD\xB4 A\xF0j6\f\v  Aj  A\xB1K\x1B"\bAt"-\0\xC0\xDAj"	 (\xB4J@  6\x84  6\x80 \0A\xE8\xB3 A\x80j6\f\v (\xBC"
 Atj/\0!\x07 A\xC0\xDAj"-\0!@ \bA!k"AKA tA\xBF\x80\bqErE@ \r/\0 j!\f\v \bA\xFFkAK\r\0  jA\xECk!\v  \x07J@  6\x94  6\x90 \0A\xAE\xB4 A\x90j6\f\v (\xC0"\v Atj(\0!\b@ -\0 k \x07j" (\xB8L\r\0  6\xB8 A\xFF\xFFH\r\0  6\xA4  6\xA0 \0A\x90\xB4 A\xA0j6\f\v@@@@@@@@@@@ A\xE8\0k\x1B\x07
\b\b	\0\v A#k"AK\r\vA tA\xE5\xE0q\r\f\v\v  \r(\0jAj!	\f\f\v \0 A\xB4j  \r(\0jAj   \b\xBBE\r\v\f\r\v \0 A\xB4j  \r(\0jAj  Aj \b\xBBE\r
\f\f\v \0 A\xB4j  \r(\0jAj  Aj \b\xBBE\r	\f\v\v \0 A\xB4j  \r(\0jAj  Aj \b\xBBE\r\b\f
\v \0 A\xB4j  \r(\0jAj  Ak \b\xBBE\r\x07\f	\v \0 A\xB4j  \r(\0jAj   \b\xBB !\bE\r\f\b\v !\b\f\v Aj!\f\v \bA\0H@  6\xB0 \0A\xF7\xB2 A\xB0j6\f\v 
 \bAtj/\0 \b \fj-\0\0A\xEB\0GjAj! \v \bAtj(\0!\b\f\v \0("Aj  (\0\0 \0("Aj (\xC0 (\0\0 \0("Aj (\xBC (\0\0 (\xB8!
 \0A\xC4\0A\xD8\0 -\0\xECAq\x1B"\b (\xB8Atj" (x (\x84jA\flj" (\xC0Atj" (\x84j?"	E\r) 	A6\0 	  	j"6 	 (\x84"6 @  (\x80 \xFC
\0\0\v \0("Aj (\x80 (\0\0A\0!\v A\x006\x80 -\0\xECAq@ (DE!\v\v 	 (l6 (\x84" (xjA\0J@ 	  	j6 A\0!A\0!\x07@  \x07L@@@  (x"N\r\0 (p Alj"(\0!\x07 	(  A\flj (\x84A\flj"\f \v\x7F \0 \x07A\0 \x07\v6\0 \f \f-\0\bAwqA\bA\0 (\x1Br":\0\b \f (\b6 \f -\0\fAq A~qr":\0\b \f A}q -\0\fAqr":\0\b \f A{q -\0\fAqr":\0\b \f Aq -\0\fA\xF0qr:\0\b \f /;
 Aj!\f\v\v (| \x07Alj"(\0! 	(  \x07A\flj"\f \v\x7F \0 A\0 \v6\0 \f \f-\0\bAwqA\bA\0 (\x1Br":\0\b \f (\b6 \f -\0\fAq A~qr":\0\b \f A}q -\0\fAqr":\0\b \f A{q -\0\fAqr":\0\b \f Aq -\0\fA\xF0qr:\0\b \f /;
 \x07Aj!\x07 (\x84!\f\v\v 	 ;* 	 (\x84;( 	 (\x88;, 	 (\x8C;0 \0("Aj (| (\0\0 \0("Aj (p (\0\0\v 	 (\xB8"6<@ E\r\0 	 \b 	j"68 At"E\r\0  (\xB4 \xFC
\0\0\v \0("Aj (\xB4 (\0\0 A\x006\xB4 	 
;.@ -\0\xECAq@ \0 (\xF0 A\xFCj\x89\f\v 	 	/\0A\x80\br;\0 	 (\xF06D 	 \0 (\xFC (\x80\xB4"6P E@ 	 (\xFC6P\v 	 (\x806L 	 (\x946T 	 (\x986H\v (\xCC" A\xD0jG@ \0("Aj  (\0\0\v 	 (\xC0"6@@ E\r\0 \v@A\0!@  NE@ (\xC8 Atj"/\0A\x07qAM@ \0 ( A\x006 (\xC0!\v Aj!\f\v\v 	(@!\v 	  	j"6$ At"E\r\0  (\xC8 \xFC
\0\0\v \0("Aj (\xC8 (\0\0 A\x006\xC8 	 	/\0A~q /4Aqr";\0 	 /8AtAq A}qr";\0 	 -\0j:\0 	 /\`AtAq A{qr";\0 	 AOq /hAtA0qr";\0A\b! 	 (\xB4A\0H\x7FA\bA\0 (\xB8\x1BA\b\v Awqr";\0 	 /PAtA\xC0\0q A\xBF\x7Fqr";\0 	 A\xFF~q /TA\x07tA\x80qr";\0 	 A\xFF}q /XA\btA\x80qr";\0 	 A\xFF{q /\\A	tA\x80qr";\0 	 A\xFF\xDFqA\x80 A\0 ($A~qAF\x1Br;\0 \0 \0(\0Aj6\0 	 \x0064 \0(! 	 	-\0A\xE0qAr:\0 (P" 	A\bj"6 	 A\xD0\0j6\f 	 6\b  6P (@ (" ("6  6\0 B\x007\v \0("\0Aj  \0(\0\0 	\xADB\x80\x80\x80\x80\`\x84\f*\v@@@@@ A\xE8k\0\v ! Ak\v  \r.\0jAj!	\f\v Aj"  \fj,\0\0j!	\f\v \0 A\xB4j Aj"  \fj,\0\0j   \b\xBBE\r\f\v Ak!\v \bA\0H\r\0  
 \bAtj/\0 \b \fj-\0\0A\xEB\0GjG\r\0 \v \bAtj(\0!\b\v \0 A\xB4j 	   \b\xBBE\r\0\v\v \0("Aj (\xC4 (\0\0 \0("Aj (\xC0 (\0\0 \0("Aj (\xBC (\0\0\f$\v Aj! 
Aj!
\f\0\v\0\vA\xF6*A\xDF\x90A\xD3\x8DA\xC7=\0\0\v (\xC0"A\0N@  6\xF0\v (\xCC! (\xBC! (\xC4A\xE8\0k 
F\r  A\x7Fj !\f\v !\f	\v   A\xF4j A\xFCj\xCA!\x07 (\xB4 (\xB8  \x07\xC9@  \x07A\x7Fj !\f\v (\xF4"A(k"A\bKA tA\x83qErE@  \x07A\x7Fj  (\xDC (\xF07 A\xD8j   \r 	  A\xF0j\xB2!\f\vA\xEA\0!\f\b\v@ A\x8EkAO@@@@ A\xB0k\0\v A\x95F\r A\xC4G\r  \x07(\06\xF0\f\v \x07(\0"A\0H\r  (\xACN\r \f Alj"(\fA\x7FG\r  (\xDC6\f (!\x07@ \x07"E\r (\f ("k!\b (\0!\x07@@@@ (\bAk\0\v (\xD8 j \b6\0\0\f\v \bA\x80\x80jA\x80\x80O\r	 (\xD8 j \b;\0\0\f\v \bA\x80jA\x80O\r	 (\xD8 j \b:\0\0\v \0("Aj  (\0\0\f\0\v\0\v \x07(\0"A\x80\x80\x80\x80xF\r B\x8A\x81\x80\x80p7\x80 A\xB4j  A\x80j)E\r (\xC0"A\0N@  6\xF0\v B\x8E\x80\x80\x80p7\xF0 A\xB4j (\xBC A\xF0j)@ (\xC0"A\0H\r\b  6\xF0\f\b\v  (\xDC (\xF07 A\xD8j"A\xB0 A\0 k\f\x07\v B\x8E\x80\x80\x80p7\xC8 B\xD6\xB2\xF1\x82p7\xC0 A\xB4j  A\xC0j)@ (\xC0"A\0N@  6\xF0\v  (\xC8"6\xB4 A\x7F6\xB8  (\xC4"Ak6\xB0 A\xB4j (\xBC" A\xB0j)@ (\xC0"A\0N@  6\xF0\v Aj! (\xBC!\v  (\xDC (\xF07 A\xD8j"\b AkA\xFFq \b  _\f\v B\x8E\x80\x80\x80p7\xA8 B\x98\x80\x80\x80\xF0\x077\xA0 A\xB4j  A\xA0j)@@ (\xC0"A\0H@ (\xF0!\f\v  6\xF0\v  (\xDC 7 A\xD8j" AkA\xFFq A?  (\xD4\f\x07\v B\x8E\x80\x80\x80p7\x98 B\x99\x80\x80\x80\xE0\b7\x90 A\xB4j  A\x90j)E\r@ (\xC0"A\0H@ (\xF0!\f\v  6\xF0\v  (\xDC 7 A\xD8j" AkA\xFFq A\xC6\0\f\v A\x7F6\xE8 B\x84\x80\x80\x80\x90\xD5\xEA\xD3\xA8\x7F7\xE0 A\xB4j  A\xE0j)E\r\0 (\xC0"A\0N@  6\xF0\v (\xC4! (\xD4"A\xC9\0F\x7FA\xF2 A\x1BG\rA\xF3\v!
@@ A\xA7k\0\0\v  (\xDC (\xF07 A\xD8j 
 \0 (\xD4\f\v B\xE8\x80\x80\x80p7\xD0 A\xB4j (\xBC A\xD0j)E\r\0@ (\xC0"A\0H@ (\xF0!\f\v  6\xF0\v  (\xDC 7 A\xD8j 
 \0 (\xD4A\xE9\0!\f\v  (\xDC (\xF07 A\xD8j \x07 \b\`\f
\vA\xF6*A\xDF\x90A\x8B\x8CA\xC7=\0\0\vA\xA3\xABA\xDF\x90A\x8D\x8CA\xC7=\0\0\vA\xD0\xEA\0A\xDF\x90A\x98\x8CA\xC7=\0\0\vA\xBB\xEA\0A\xDF\x90A\x9C\x8CA\xC7=\0\0\v (\xBC!\f\v (\xCC!\x07 (\xBC!\v  (\xDC (\xF07 A\xEA\0G"\vE@  \r 	  A\xF0j\xB2!\v \x07A\0H\r \x07 (\xACN\r  (\xD4"Aj6\xD4 (\xCC Atj"
A6 
 6\0 (\xDC!\b 
 \x076\f 
 \bAj6\b@ \f \x07Alj"\x07(\f"A\x7FF@ \x07(\b A\x7Fsj"A\xFF\0J A\xE8\0kAKrE@ 
A6 
 A\x80r"6\0 A\xD8j"  A\0 ! \0 \x07 (\xDCAkA\xF3\r\x07\f\v \v A\xFF\xFFJr\r 
B\xEB\x81\x80\x80 7\0 A\xD8j"A\xEB A\0 ! \0 \x07 (\xDCAkA\xF3\r\f\v A\xE8\0kAK  \bA\x7Fsj"A\x80jA\xFFKrE@ 
A6 
 A\x80r"6\0 A\xD8j"\b  \b A\xFFq !\f\v \v A\x80\x80jA\xFF\xFFKr\r\0 
B\xEB\x81\x80\x80 7\0 A\xD8j"A\xEB  A\xFF\xFFq !\f\v A\xD8j" A\xFFq  \x07(\f (\xDCk ! \x07(\fA\x7FG\r \0 \x07 (\xDCAkA\xF3\r\v (\xD8"E\r (\xEC A\0 (\xE8\0\f\vA\xF6*A\xDF\x90A\x8D\x8DA\xC7=\0\0\v A\x006\v !\f\0\v\0\v \0\xC9\f\v (\0!\b  (\xDCAj6\xDC\f	\v A\xD8jA\xC3\0\f
\v (\0! A\xD8j"A=  \f	\v A\x7F6H B\xE8\xD2\x81\x80\xE07@ A\xB4j \v A@k)E\r@ (\xCC"\x07A\0H\r\0 \x07 (\xACN\r\0 (\xC0! (\xBC (\xC4!\r \x07!@ (\x80!\f (\xA4!
A\0!@@ AF\r\0 
 Alj(!@  \fj"-\0\0"	A\xB4F 	A\xC4Fr@ Aj!\f 	A\xEA\0G\r Aj! (\0!\f\v\0\v\0\v\v B\x8E\x80\x80\x80p78  \r64 A60 A\xB4j  A0j)@ (\xCC!\f\v\v A\x7F6$  \r6  A\xB4j  A j)E\r\x07  (\xD0Aj6\xD0  \x07A\x7Fj  (\xCC"Aj A\xD8j" \rA\xFFq  !\v A\x7FF  \bFr\r	  (\xDCAj6\xDC A\xC4   !\b\f	\vA\x9B+A\xDF\x90A\xD0\x88A\xED?\0\0\v (\xCC /\0"AtjAj!@ (\0"A\0H\r\b (p Alj"( G\r\b -\0\fAq@ A\xD8j"A\xE7\0  A\xFF\xFFq\v A\bj!\f\0\v\0\v (\xCC \fAtjAj!@ (\0"A\0H\r\x07 (p Alj"( \fG\r\x07 (\x9C G@A\xDE\0! A\xD8j" -\0\fAvAkAM\x7F A\xD8j"A  (A\xD6\0A\xDE\0\v  A\xFF\xFFq\v A\bj!\f\0\v\0\v.\0\v@@@ 
A\xE8\0k\0\v 
A0kAI\r 
A2F@ /\0!  /\0"\xDD A\xD8j"A2    (\xCC Atj/AjA\xFF\xFFq\f\x07\v 
A3G@ 
A\xCA\0G\r (\0E\r\x07\f\v  /\0"\xDD A\xD8j"A3  (\xCC Atj/AjA\xFF\xFFq\f\v  (\xD0Aj6\xD0 (\0"A\0H\r  (\xACN\r (\xA4 Alj"(! B\xED\x80\x80\x80p7\0 A\xB4j  )E\r  (\0Ak6\0\f\v  (\xD0Aj6\xD0\v A\x7F6\xFC A\xD8j"  \`    \v A\xFCj\xB2"\v N\r (\xFC"A\0H  \bFr\r  (\xDCAj6\xDC A\xC4   !\b\f\v  (\xD0Aj6\xD0\v A\xD8j  \`\f\v\vA\xF6*A\xDF\x90A\xAF\x87A\xED?\0\0\vA\xA6\xADA\xDF\x90A\x9D\x95A\xFC\xD4\0\0\0\v \0 A\xB0'\x90\v \0 \x81B\x80\x80\x80\x80\xE0\0\v A\x80\x07j$\0\v\xE5\x07\x7F~@@@@@@@ \0(\b"AEG@ \0(4! \0A\x89IE\r \0(,AcAEG\r\v \0A\0A\0 \0(\f\xD2E\r\f\v \0(\b!\v@@@@@@@@@ A5j\0\v (\x9CE\r \0(4(\x9C! \0(\0!A\x7F! \0\r	@@@@ \0(\b"A;j\0\v \0A\0A\xF9!\0\f
\v \0A\x89IE\r \0(,AcAEG\r\v \0A\0A\0 \0(\fAA\0\x8A!\0\f\b\v \0\r	@@ A\xB1\x7FF\r\0@ A@G@ AIF AQFr\r A*G@ A\xFB\0G\r (,!\x07@@ \0(\b"A\xFD\0F\r\0 A\x83\x7FF A'jAQKrE@ \0A\x91\x8AA\0\x1B\f\vA\0!  \0( ! \0\r\f@ \0A\xFD\0I@ \0\r@ \0(\b"A\x81\x7FF@ \0)"\b\xA7\xF8A\0N@A\xFC\xEF\0!\f\v \0(\0 \b1"\r\f\v A\x83\x7FF A'jAROrE@A\x91\x8A!\f\v  \0( !\v ! \0E\r\f\v   !\v \0   A\0\xE7    A\x7F!E\r \0(\bA,G\r\0 \0E\r\f\v\vA\x7F! \0A\xFD\0+\r \0A\xFE\0IE\r \0 \xF7"A\0H\r@ \x07 (,N\r (( \x07Alj" 6\0 A6\b \x07Aj!\x07\f\0\v\0\v \0A\xFD\0I@ \0\r \0(\b"A\x83\x7FF A'jAQKrE@\f\v  \0( ! \0\r\v \0 \xF7"A\0H\r\v \0 A\x81 A\xE7!   E\r  6\0\f\v \0 \xF7"A\0H\r\r  A4jA A<j (8AjT\r\r  (8"Aj68 (4 Atj 6\0\f\v@@@@ \0(\bA;j\0\v \0A\0A\xF9!\0\f\r\v \0A\x89IE\r \0(,AcAEG\r\v \0A\0A\0 \0(\fAA\0\x8A!\0\f\v\v \0R\r\f \0A\xA9 \0 \0A4j(\0A\x80A\xA8A\0H\r\f \0(4A\xBB \0A\x80 \0(4A\x80jA\0 \0 A\x80AA\0\xE7E\r\f\v \0\xBC!\0\f	\v \0A A\xCE!\0\f\b\v \0A\xC2!A\0\x1B\f\f\v (\x9CE\r\0 \0(,A\0c"A(F A.Fr\r\0 \0(4(\x9C! \0(\0!A\x7F! \0\r\b (D!@@@@@ \0(\b"A\xFF\0j\0\v  \0)1"E\r\f \0@  \f\v   \xE3!   A\0H\r\f \0(\bAGG\r \0 ( Atj\xE2E\r\f\f\v \0(@ \0\xE6\f\v  \0( ! \0@A!\x07\f\vA!\x07 \0  AA\0\xCD\r   \0(\bA,G\r \0\r\v \0(\b!\v A\xFB\0G@ A*G\r \0\r\v \0A\xFD\0IE@ \0A\xCB\xB6A\0\x1B\f\v \0\r\v \0(\b"A\x83\x7FF A'jAQKrE@\f\v  \0( ! \0@A\x81!\x07\f\vA\x81!\x07 \0  A\x81A\xCD\r  \f\v \0\r
@@ \0(\b"A\xFD\0F\r\0@ A\x81\x7FG"E@ \0)"\b\xA7\xF8A\0N@ \0A\xFC\xEF\0A\0\x1B\f\v \0(\0 \b1"\x07\r\f\v A\x83\x7FF A'jAQKrE@\f\v  \0( !\x07\vA\0! \0\r@@\x7F \0A\xFD\0I@ \0\r
A\x91\x8A \0(\b"A\x83\x7FF A'jAROrE\r  \0( ! \0\r
\f\v \rA\xCB\xB6\v!A\0! \0 A\0\x1B\f\b\v  \x07 !\v \0   \x07A\0\xCD\r    \x07 \0(\bA,G\r\0 \0E\r\f\f\v\v \0A\xFD\0+\r
\v \0 \xF7"A\0H\r	\v  (D"  J\x1B!@  F\r (@ Atj 6\f Aj!\f\0\v\0\v \0A\x07\xE5\r\b\f\v \0\xBC\r\f\v    \x07\f\b\v \0 A\0\x1B\v  \v  \f\vA\x7F! \0\r\vA\0!\v \vA\x7F\v \0A\x91\x8AA\0\x1B\vA\x7F\v\xD6\x7F#\0A0k"$\0@ \0(\bA\x81\x7FG\r\0 \0( ! \0(\f!A\x81\x7F!@@ A\x81\x7FG\r\0 \0(,!  \0(\f"Aj6   kAk6\0 AjAA\xC0\xC2\0 fA\x7F! \0\r@@@ \0(\b"A\x80jW\0\v A\xFD\0F\r A;G\r \0E\r\f\v \0( E\r\v AjA\xF32A\v}E@ \0(4"A6@  -\0jAr:\0j\v \0(\b!\f\v\v \0 6  \0 6, \0!\v A0j$\0 \v$\x7FA! \0A\bF \0A\xF5\0kAIr \0A\xD7\0Fr AFr\v\xC8\x07\x7F#\0Ak"$\0 \0 \0)\x88" \0Aj! \0A\xA8j! \0(\xAC!@  FE@ ( Aj!\x07A\0!@  (NE@ \0 \x07 Atj)\0" Aj!\f\v\v (\b\xBF   \0(\0\0!\f\v\v \0 6\xAC \0 \0A\xA8j6\xA8 \0A\0\xDB@ \0(T \0A\xD0\0jF@ \0(t \0A\xF0\0jG\rA\0!@@ \0(D!  \0(@N\r\0  Alj"(\0@ \0 ({\v Aj!\f\v\v   \0(\0\0A\0!@@ \0(8!  \0(,N\r\0  Atj(\0"AqE@   \0(\0\0\v Aj!\f\v\v   \0(\0\0  \0(4 \0(\0\0  \0(\xF4 \0(\0\0  )\b7\b  )\x007\0  \0 \0(\0\0 Aj$\0\vA\xC0\xB0A\xDF\x90A\xF4A\xAB\xF4\0\0\0\vA\xDD\xB0A\xDF\x90A\xF5A\xAB\xF4\0\0\0\v\xF6\x7F \0A\xD0?"E@ \0  \v A6\0 \0(!  -\0A\xE0qAr:\0 (P" A\bj"6  A\xD0\0j6\f  6\b  6P B\x80\x80\x80\x8007\xC0 B\x80\x80\x80\x8007\xB8 B\x80\x80\x80\x8007X B\x80\x80\x80\x8007P  6 B\x80\x80\x80\x8007\xC8 B\x80\x80\x80\x8007\xA8 B\x80\x80\x80\x8007\xA0 B\x80\x80\x80\x8007\x98 \0(\xEC" Aj"6  \0A\xECj6  6 \0 6\xEC \v8|~ \0"D\0\0\0\0\0@\x8F@\xA3\xFC"7\0 \0  B\xE8\x07~\xB9\xA1D\0\0\0\0\0@\x8F@\xA2\xFC6\b\v\xE6~@@ E@ B\x80\x80\x80\x80p\x83! \0A/3!\f\v~ B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x800R )\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x80\x7FRrE@ \0A\xDD\xB5 \0 \0( \xA7\xB33A\xCF\xB5\xC6\f\v \0 (\v"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\v B\x80\x80\x80\x800Q\r\0@ \0 AV"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0 \f\v \0  \xB2 \0 A2 \xA75B\xFF\xFF\xFF\xFF\x07\x83A\0\v !\v \v\xCF\x07\x7F~#\0A0k"$\0@@ )\0"B\xFF\xFF\xFF\xFFoX@ B\x80\x80\x80\x80\xF0~T\r \xA7"\0 \0(\0Aj6\0\f\vB\x80\x80\x80\x80\xE0\0!\f \0 \xFD"A\0H\r E@ \0A\x9D\xF1\0A\0\f\v \0 A,j A(j \xA7"Aw\r (,!\x07 ((!\bA\0!@@  \bG@ \x07 Atj(!	A\x80\x82!@ E\r\0 \0 A\bj"
  	J"\vA\0H\r \vE\r\0 (\b! \0 
NA\x80\x86A\x80\x82 Aq\x1B!\v \0  	B\x80\x80\x80\x800B\x80\x80\x80\x800B\x80\x80\x80\x800 xA\0H\r Aj!\f\v\v \0 \x07 \bX  (\0Aj6\0\f\v \0 \x07 \bX\f\v !\f\v A0j$\0 \f\v\xF7~\x7F#\0Ak"\b$\0 A\x006\0B\x80\x80\x80\x80\xE0\0!@ \0B"B\x80\x80\x80\x80\xE0\0Q\r\0B\x80\x80\x80\x800!@ \0  \xF4"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 A\xEE\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@ \0   \bA\fj9"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \b(\fE@ \0  \x07\xAD A\x80\x80\xEFA\0H\r \x07Aj!\x07\f\v\v \0  \0   \x076\0 !\f\v \0  \0  \0 \v \bAj$\0 \v\xD4\x7F|@@A\x7F!@@@A\b B \x88\xA7" A\bkAoI\x1B	\0\0\0\0\v \xA7!A\0!\f\vA\0! B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|"B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V@\f\v \xBF"D\0\0\0\0\0\0\xE0\xC1c@A\x80\x80\x80\x80x!\f\v D\0\0\xC0\xFF\xFF\xFF\xDFAd@A\xFF\xFF\xFF\xFF\x07!\f\v \xFC!\f\v \0 \x86"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\v\v  6\0 \v\xCD\x7F~#\0A0k"\b$\0@ \0((\x80 \bM@ B\0 B\0U\x1B!\r Ak!	 B\x80\x80\x80\x80p\x83! A\0L!
B\0!@  \rQ@ !\f\f\vB\x7F!\f \0   \bA(j\\"A\0H\r@ E\r\0 B\x80\x80\x80\x800R@ \b \b)(7\0 !\v \b 7 \b B\x80\x80\x80\x80\bZ~B\x80\x80\x80\x80\xE0~ \xBA\xBD"\vB\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \vB\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B \v\v7\b \b \0  \x07A \b"\v7( \0 \b)\0 \0 \b)\b \vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\v@@@ 
\r\0 \0 \b)("\v\xD5"A\0H\r E\r\0 \0 \bA j \v8A\0H\r \0  \v \b)   	B\x80\x80\x80\x800B\x80\x80\x80\x800\x97"B\0S\r \0 \v\f\v B\xFF\xFF\xFF\xFF\xFF\xFF\xFFS\r \0A\x82\xE7\0A\0 \b)(!\v\v \0 \v\f\v \0   \b)(dA\0H\r B|!\v B|!\f\0\v\0\v \0tB\x7F!\f\v \bA0j$\0 \f\v\xA0~\x7F#\0A0k"\b$\0A\0! \bA\x006$ \bB\x007 \b \x006 \b )\0"7(B\x80\x80\x80\x800!@@\x7F B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R@A\0 \0 O\r \bA6 \v@ \0 \bAj \0 &"8@\f\vB\0!@ \b) U@ 	 
M@ \0  	 	AvjAjApq"	Al \bA\fj\xC3"E\r \b(\fAn 	j!	 !\vA\0 \0    
Alj"\v\\"A\0H\r@ E\r\0 \v5B \x86B\x80\x80\x80\x800Q@ B|!\f\v \v 7 \vA\x006\b 
Aj!
\v B|!\f\v\v  
AA\xC4\0 \bAj\xD9A\0 \b(\r  
\xAD"| B?\x87 \x83}!B\0!@@  R@  \xA7"	Alj"(\b"\v@ \0 \v\xADB\x80\x80\x80\x80\x90\x7F\x84\v )\0!\x07  )Q@ \0 \x07\f\v \0   \x07\x9AA\0N\r 	Aj\f\v \0("Aj  (\0\0@  Q@ \b)!@  Y\r\b \0  \x8E B|!A\0N\r\0\v\f\v \0  B\x80\x80\x80\x800\x9A B|!A\0N\r\0\v\f\v B|!\f\0\v\0\vA\0\v!@  
G@ \0  Alj"	)\0 	(\b"	@ \0 	\xADB\x80\x80\x80\x80\x90\x7F\x84\v Aj!\f\v\v \0("Aj  (\0\0\v \0 B\x80\x80\x80\x80\xE0\0!\v \bA0j$\0 \v\x86~\x7F#\0Ak"$\0B\x80\x80\x80\x800!@@ \0 A\bj \0 &"8\r\0@ )\b"\x07B\0W@\f\v \x07B}!@@@@  Aj \x9FE\r\0 \x07 (\0"\b\xADR\r\0 \xA7!	 (! E\r )\0! \bAtA\bk"E\r  A\bj \xFC
\0\0\f\v@ @ \0 B\0P"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 B\0B A\x86E\r\f\v \0  r"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\v \0  \x8EA\0N\r\f\v  \bAtjA\bk)\0!\v 	 	((Ak6(\v \x07B\x81\x80\x80\x80\bT\r\0B\x80\x80\x80\x80\xE0~ \xBA\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\v \0 A2 ;A\0N\r\v \0 B\x80\x80\x80\x80\xE0\0!\v \0  Aj$\0 \v\xA7~@@@ B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x800R@ B\x80\x80\x80\x80 R\r \0A\xEE\xDF\0\xC8!\f\v \0A\xDB\x8D\xC8!\f\v \0 &"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 \xD5"A\0H@ \0 B\x80\x80\x80\x80\xE0\0\v\x7FA\xA1 \r\0A\xAB \0 0\r\0A\xA0 \xA7/"AKA tA\xF8\x8EqEr\r\0 \0((D Alj(\v! \0 A\xE8 A\0! \0 B\x80\x80\x80\x80\xE0\0! B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r B \x88B\xFB\xFF\xFF\xFF}B}V\r\0 \0  \0 3!\v \0A\xF5\xBB A\x97\x95\xC6!\v \v0\0 B\x80\x80\x80\x80\x84B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0 @\v \0 A<A\0A\0\xBD\v>\x7F \0 A\0\xF8"\x7F Aj! @   \xFC
\0\0\v  jA\0:\0\0 \0  \xC6A\0\v\v\xF5\b\x7FA\x7F!  AkqE@ \0Aj"\b At" \0(\0\0"\x7F @ A\0 \xFC\v\0\v A\xFF\xFF\xFF\xFFjA\xFF\xFF\xFF\xFFq!	 \0(4!\x07@  \0($OE@ \x07 Atj(\0!@ @ \0(8 Atj(\0"(\f   	 (\bqAtj"(\x006\f  6\0!\f\v\v Aj!\f\v\v \b \x07 \0(\0\0 \0 At60 \0 6$ \0 64A\0A\x7F\v\vA\xD8\xAEA\xDF\x90A\xC1A\x9D\xE6\0\0\0\vG\x7F@ \xA7( "E\r\0 )\0"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )\b"B\x80\x80\x80\x80PT\r\0 \0 \xA7 \0\0\v\v0\x7F \xA7( "@ \0 )\0" \0 )\b" \0Aj  \0(\0\0\v\v\x7F \xA7( "@ \0  \0\0\v\v\0 \xA7) "B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v\vg~\x7FB\x80\x80\x80\x80\xE0\0! \0A\xB4\xB5(\0\x88"B\x80\x80\x80\x80\xE0\0R~ \0A?"E@ \0 B\x80\x80\x80\x80\xE0\0\v  6\0 B\x80\x80\x80\x80pZ@ \xA7 6 \v B\x80\x80\x80\x80\xE0\0\v\v=\x7F\x7F \0\xA7! \0B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FQ\x7F  \xFE ) \xA3! )!\0\f\v\v\v\xDD~\x7F|@@A\x7F!@@@A\b B \x88\xA7" A\bkAoI\x1B	\0\0\0\0\v \xC4!A\0!\f\vA\0! B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|"B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\r \xBF"D\0\0\0\0\0\0\xE0\xC3c@B\x80\x80\x80\x80\x80\x80\x80\x80\x80\x7F!\f\v D\0\0\0\0\0\0\xE0Cf@B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0!\f\v \xFC!\f\v \0 \x86"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\v\v  7\0 \v\x80\b\x7F@@@@@#\0"\x07 \0((\x80O@ A\bj!\b@ (x L@A\0!\f\vA\0! ("A\0 A\0J\x1B!	 (t Atj(\0!@@  	G@ At Aj! (\0j(\0 G\r\f\v\v (\x90-\0\xB0\r\0 -\0gAtA\x80\x80\x80 G\r -\0\xB0\r (\x84E\r (\x80"A\0L\r\x07  Ak"6\x80 \r\0A\x7F! \0 A \b AjT\r  ("Aj6 (\0 Atj 6\0 -\0d\r\0 \0  \xA5\r\v Aj!\f\0\v\0\v \0tA\x7F!\v \x07$\0 \vA\xF8\xA5A\xDF\x90A\x9C\xEFA\xFD9\0\0\vA\x85\xD4\0A\xDF\x90A\x9D\xEFA\xFD9\0\0\vA\xDB\xD6\0A\xDF\x90A\x9E\xEFA\xFD9\0\0\vA\xF5\xACA\xDF\x90A\x9F\xEFA\xFD9\0\0\vv\x7F#\0Ak"$\0 A:\0g@ 5\x9CB \x86B\x80\x80\x80\x800R@ (\x90 G\r B\x80\x80\x80\x8007\b \0 \0 )\xA0B\x80\x80\x80\x800A A\bj\v Aj$\0\vA\x8B\xDE\0A\xDF\x90A\xF6\xEEA\xC4\x8B\0\0\v\xD7\x7F~#\0A@j"$\0  \0 \xC1"78@@ ( @ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 )(B\x80\x80\x80\x800A A8j! \0 )8 \0 \f\v  (\`A\bk")\x007( B\x80\x80\x80\x8007\0 \0 A\0! \0 \0)\` \0 A(jA\0\xF1! \0 )( B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@@ AG@ Aj Atj \0 \0)@ A7ji"7\0 B\x80\x80\x80\x80\xE0\0R\r AF@ \0 )\v \0 \f\v B\x80\x80\x80\x8007\b B\x80\x80\x80\x8007\0 \0  Aj \xC4 \0 A\0!@ AFE@ \0 Aj Atj)\0 Aj!\f\v\v\r\f\v  (\0Aj6\0 \xA7 6  Aj!\f\0\v\0\v \0(")\x88! B\x80\x80\x80\x80\xC0\x007\x88  70 \0 )0B\x80\x80\x80\x800A A0j! \0 )0 \0 \v A@k$\0\v\xB8~\x7F@@@ (\`"@ \0  \0A\0H\r\f\v \0 )XB\x80\x80\x80\x800A\0A\0 \xFB"B\x80\x80\x80\x80\xE0\0Q\r\0@@ \xABAk\0\v  \xAA7\0 \0 A\x7F\v \0  \0A\xF3\xE9\0A\0\v \0("\0)\x88! \0B\x80\x80\x80\x80\xC0\x007\x88  7\0A\x7F\v \0 \v B\x80\x80\x80\x8007\0A\0\v\xAF\x7F~#\0A k"$\0 \0 )XB\x80\x80\x80\x800A\0A\0 \0\xFB"B\x80\x80\x80\x80\xE0\0R@  (\0Aj6\0  \xADB\x80\x80\x80\x80P\x84"7  \0A\xC1\0A\0A\0A Aj"o"7\0  \0A\xC2\0A\0A\0A o"7\b \0 \0  \0 \x8E \0  \0  \0  \0 \v A j$\0\v\xF8\x7F~@@@#\0"\b \0((\x80I@ \0t \0("\0)\x88!
 \0B\x80\x80\x80\x80\xC0\x007\x88A\x7F!\f\vB\x80\x80\x80\x800!
@@@ (d"AvAk\0\0\v -\0\xB0E\rA\x7F! )\xB8"
B\x80\x80\x80\x80\xF0~T\r 
\xA7"\0 \0(\0Aj6\0\f\vA\xA8\xA5A\xDF\x90A\x8A\xF1A\xBF\xD6\0\0\0\v A\x006\x80  6l  6h  A\x80\x80\x80r6d  (\x006p  6\0 Aj!@@@@@@@ (  \x07J@ \0 ( \x07Atj("   \xAA"A\0H\r	 (d"AvAkAO\r A\x80\x80\x80xqA\x80\x80\x80F@  (l" (l"	  	H\x1B6l\f\x07\v (\x90"(dA\x80\x80\x80pqA\x80\x80\x80 G\r -\0\xB0E\rA\x7F! )\xB8"
B\x80\x80\x80\x80\xF0~T\r\b 
\xA7"\0 \0(\0Aj6\0\f\b\v@ (\x80A\0J@ (\x84\r A6\x84 \0("\0 \0)\xC8"\vB|7\xC8  \v7\x88\f\v -\0d@ (\x84\r A6\x84 \0(" )\xC8"\vB|7\xC8  \v7\x88 \0 \xA9\f\v \0  \xA8A\0H\r	\v (l"\0 (h"J\r \0 G\r\x07@  (\0"\0(p6\0 \0 6\x90 \0AA \0(\x84\x1B:\0g \0 G\r\0\v\f\x07\vA\xF0\xA2A\xDF\x90A\x9D\xF1A\xBF\xD6\0\0\0\vA\xCC\xA4A\xDF\x90A\xA4\xF1A\xBF\xD6\0\0\0\vA\xDA\xD6\0A\xDF\x90A\xB5\xF1A\xBF\xD6\0\0\0\vA\xDA\xD6\0A\xDF\x90A\xBA\xF1A\xBF\xD6\0\0\0\vA\xCA A\xDF\x90A\xC4\xF1A\xBF\xD6\0\0\0\v (\x84@  (\x80Aj6\x80 \0 A\xF4\0jA A\xFC\0j (xAjT@ \0("\0)\x88!
 \0B\x80\x80\x80\x80\xC0\x007\x88A\x7F!\f\v  (x"Aj6x (t Atj 6\0\v \x07Aj!\x07\f\0\v\0\v  
7\0\f\vA\x7F!\v \b$\0 \v\xDC\x07\x07\x7F~#\0Ak"\x07$\0@@ \0((\x80 \x07K@ \0t\f\v@@@ (d"Av"AK\r\0A tA6q\r \r\0  6l  6h  A\x80\x80\x80\br6d  (\x006p  6\0 Aj!A\0!@@ (  L@A\0!\f\v \0 ( Atj("  \xAB"A\0H\r (d"Av"\bAKA \btA6qEr\r A\x80\x80\x80xqA\x80\x80\x80\bF@  (l" (l"  J\x1B6l\v Aj!\f\v\v@@  (,N\r@@ (( Alj"(\bAG\r\0 (\f"A\x81F\r\0 \0 \x07A\bj \x07A\fj ( (\0Atj( \x95"\r\v Aj!\f\v\v \0   (\x94\f\v (\`E@ (X($!
A\0!A\0!\b@@ (D \bL@@  (,N\r (( Alj"(\bE@ 
 (\0Atj(\0" (\0Aj6\0  6\v Aj!\f\0\v\0\v ( (@ \bAtj"(\fAtj(!@ (@ \0 \x80"\vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\b \0 
 (\0Atj(\0Aj \v!\f\v \0 \x07A\bj \x07A\fj  (\b\x95"	@ \0 	  (\b\x94\f\b\v@ \x07(\f"	(\fA\x81F@ \0 \x07(\b( 	(\0Atj(\x80"\vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r	 \0A\xC7"E@ \0 \v\f
\v \0 Aj \v!\f\v 	("E@ \x07(\b(X($ 	(\0Atj(\0!\v  (\0Aj6\0\v 
 (\0Atj 6\0\v \bAj!\b\f\v\v \0 )XB\x81\x80\x80\x80A\0A\0"\vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 \v\v (l"\0 (h"J\r \0 G\r@  (\0"\0(p6\0 \0A:\0g \0 G\r\0\v\f\vA\xCD\xA5A\xDF\x90A\xE7\xEAA\xAB\xE9\0\0\0\vA\xF9\xA3A\xDF\x90A\xF9\xEAA\xAB\xE9\0\0\0\vA\xCA A\xDF\x90A\xFB\xEBA\xAB\xE9\0\0\0\vA\x7F!\v \x07Aj$\0 \v\xED\x7F~@ -\0f\r\0@@ (\`@@  (,N\r (( Alj"(\bE@ \0A\0\xC7"E@A\x7F\v  6\v Aj!\f\0\v\0\v )X! \0 \0)@A\ri"B\x80\x80\x80\x80\xE0\0Q\r  7X \0  \xA7A\0A\0A\x94B\x80\x80\x80\x80\xE0\0R\r\0 B\x80\x80\x80\x8007XA\x7F\v A:\0fA\0!@  ( N\r At! Aj! \0  (j(\xACA\0N\r\0\v\vA\x7F\vA\0\v(\x7F  (\0Ak"6\0 E@ \0Aj  \0(\0\0\v\v\xE6\x7F~ \0A\b'"E@A\x7F\v B7\0 \xA7!@@@ AF\r\0 \0 \0)@ A4ri"\bB\x80\x80\x80\x80\xE0\0R@ \0A'"\r \0 \b\vA\x7F!\x07 E\r\0 \0 )\0\v \0( \xAD \x07\v  (\0Aj6\0  6\b B\x80\x80\x80\x80\xF0~Z@  (\0Aj6\0\v  7\0 \bB\x80\x80\x80\x80pZ@ \b\xA7 6 \v \0 \bA/A\xA4  Atj \b7\0 Aj!\f\0\v\0\v\xFD~\x7F#\0A k"$\0B\x80\x80\x80\x80\xE0\0!@ \0 )\0"O\r\0 \0 A3V"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0~@ \0A ?"E\r\0 A\x006 A\x006\0 B\x80\x80\x80\x8007  A\fj"6  6\f  Aj"6\b  6 B\x80\x80\x80\x80pZ@ \xA7 6 \v \0 Aj" \xAE\r\0@ \0 B\x80\x80\x80\x800A "B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0(")\x88! B\x80\x80\x80\x80\xC0\x007\x88  7\b \0 )B\x80\x80\x80\x800A A\bj! \0 )\b B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 \v \0  \0 ) ! )\f\v \0 ) \0 )B\x80\x80\x80\x80\xE0\0!\v \v\v A j$\0 \v\xBD\b\x7F~#\0A k"$\0@@@@@@@@@@@@@@@@ B \x88\xA7Aj\0\vB\x80\x80\x80\x80\xE0\0!\b \0   A\x99"B\x80\x80\x80\x80\xE0\0Q\r \0  A\0A\0=!\b\f\v \0 B\x80\x80\x80\x80\xE0\0!\b \0 \xA7"\xACA\0H\r (dAv"AKA tA5qEr\r A\x006 \0  Aj"A\0\xABA\0H@ !\0@ \0(\0"\0E\r \0(d"A\x80\x80\x80xqA\x80\x80\x80\bG\r \0 A\xFF\xFF\xFF\x07q6d \0A\xF0\0j!\0\f\0\v\0\v (\r (d"Av"AKA tA4qE"\x07r\r AK \x07r\r A\x80\x80\x80pqA\x80\x80\x80 F@ (\x90!\v@@ )\x98"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R@ B\xFF\xFF\xFF\xFF\xEF~V\r\f\v  \0 A\xA0j\x9F"7\x98B\x80\x80\x80\x80\xE0\0! B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r A\x006@ \0 A\0 Aj" Aj\xAAA\0H@ )"\xA7!@ (\0"@ (d"\x07A\x80\x80\x80xqA\x80\x80\x80G\r\r A:\0\xB0  \x07A\xFF\xFF\xFF\x07qA\x80\x80\x80(r6d B\x80\x80\x80\x80\xF0~Z@  (\0Aj6\0\v  6\x90  7\xB8 A\xF0\0j!\f\v\v \0  -\0gAtA\x80\x80\x80(G\r\f -\0\xB0E\r\r \0 \0 )\xA8B\x80\x80\x80\x800A A\xB8j\f\v (d"A\x80\x80\x80pqA\x80\x80\x80 G\r\r -\0\xB0\r (\x84E@ A\x80\x80\x80(qA\x80\x80\x80(G\r B\x80\x80\x80\x8007\b \0 \0 )\xA0B\x80\x80\x80\x800A A\bj\v (\r\v )\x98"B\x80\x80\x80\x80\xF0~T\r\v \xA7"\0 \0(\0Aj6\0\vB\x80\x80\x80\x80\xE0\0  B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\x1B!\b\f\v \0  \0A\xA5\x8AA\0B\x80\x80\x80\x80\xE0\0!\b\v A j$\0 \b\vA\xC4\xA1A\xDF\x90A\x9E\xECA\x8C\xF8\0\0\0\vA\xC3\x9DA\xDF\x90A\xA3\xECA\x8C\xF8\0\0\0\vA\xE9\x9AA\xDF\x90A\xA9\xECA\x8C\xF8\0\0\0\vA\xEE\xA1A\xDF\x90A\xAC\xECA\x8C\xF8\0\0\0\vA\xEE\xA1A\xDF\x90A\xE5\xF1A\x9B\xF8\0\0\0\vA\x99\x9DA\xDF\x90A\xF5\xF1A\x9B\xF8\0\0\0\vA\xC8\xA2A\xDF\x90A\xFD\xF1A\x9B\xF8\0\0\0\vA\x86\xD4\0A\xDF\x90A\xFE\xF1A\x9B\xF8\0\0\0\vA\x96\xA2A\xDF\x90A\x87\xF2A\x9B\xF8\0\0\0\vA\x85\xD4\0A\xDF\x90A\x88\xF2A\x9B\xF8\0\0\0\vA\xC8\xA2A\xDF\x90A\x8B\xF2A\x9B\xF8\0\0\0\vA\xE9\x9AA\xDF\x90A\x91\xF2A\x9B\xF8\0\0\0\v!\x7F \0A" H@ \0 j  k \xEC\v \0\v1\x7F\x7F \0AAj!@A\0 E\r \0 Ak"j"-\0\0A/G\r\0\v \v\v(\x7F B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 \x86\vA\x7F \0(,"A\0 A\0J\x1B!@  F@A\0\v Al Aj! \0((j"( G\r\0\v \v\x9F
\x7F (\b"A\0 A\0J\x1B!@@@  G@ At Aj! (\0j(\0 G\r\f\v\vA\x7F!\x07 \0 A Aj AjT\r  (\b"Aj6\b (\0 Atj 6\0 Aj!\v A\fj!	A\0!@ (, L@A\0!@  (8N\r At! Aj! \0  (  (4j(\0Atj(A\xB5E\r\0\v\f\v A\0 (( Alj"("\fAF\x1BE@A\0! ("
A\0 
A\0J\x1B!\r\x7F@@  \rG@ A\fl Aj! 	(\0j"\b(\0 \fG\r\f\v\v \0 	A\f \v 
AjT\r  ("Aj6 (\f A\flj"\b (6\0 \r\0A\0  (\b\x1B\f\vA\0\v! \b 6\b\v Aj!\f\0\v\0\vA\0!\x07\v \x07\v\xD6\x7F#\0Ak"\x07$\0 Aj!	@@@@A\0! A\x006\0 A\x006\0 (\b"\bA\0 \bA\0J\x1B!
@  
G@@ (\0 Atj"\v(\0 G\r\0 \v( G\r\0A!\f\v Aj!\f\v\v \0 A\b 	 \bAjT@A\x7F!\f\v  (\b"Aj6\b (\0 Atj" 6\0  \0  "\b6  \b\xB4"@ (\bE\r (\f"A\x81F\r ( (\0Atj(!\f\v\v \bAG@A\0!@ (8 J@@@ \0 \x07A\fj \x07A\bj ( (4 Atj(\0Atj( \b \xB6"Aj\x07\0\x07\v (\0"@ (\0 \x07(\fF@ \x07(\b(\f (\fF\r\v A\x006\0 A\x006\0A!\f\x07\v  \x07(\f6\0  \x07(\b6\0\v Aj!\f\v\v (\0\r\vA!\f\v  6\0  6\0\vA\0!\v \x07Aj$\0 \v,\x7F@  FE@ \0 j-\0\0 A\x87lj! Aj!\f\v\v \v4\x7F \0 j! \0!@@  O\r\0 ,\0\0A\0H\r\0 Aj!\f\v\v  \0k\v\x7F\x7F -\0\0A\xDB\0F@ Aj"AAk! \0((8!A\xE1!@ A\xEEG@@  Atj(\0"(A\xFF\xFF\xFF\xFF\x07q G\r\0 Aj  }\r\0 \0  \v Aj!\f\v\v.\0\v \0 \x8B\v\xB7\x7F \0(! \0 At" AtjA0j'"E@A\0\v  j"\0A6\0 \0 \0-\0A\xE0qAr:\0 (P"\x07 \0A\bj"\b6 \0 A\xD0\0j6\f \0 \x076\b  \b6P @  (\0Aj6\0\v \0 6, @ A\0 \xFC\v\0\v \0B\x007  \0 6 \0 Ak6 \0A\0:\0 \0\v6\0 B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ \0 \xA7\xD7\v \0AY"\0E@A\0\v \0 7\b \0\v2\0 \0 \xC9"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0~Q~ \0A\x8A\xE1\0A\0\x95B\x80\x80\x80\x80\xE0\0 \v\v\xA9\x7F@@@@@@@A\b B \x88\xA7" A\bkAoI\x1B"A	j\v\0\v A\x07F\r\v \0  \0A\xD3-A\0B\x80\x80\x80\x80\xE0\0\v B\xFF\xFF\xFF\xFF\x83B\x80\x80\x80\x80\xF0\0\x84\v \0 \xBC"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\f\v \0 A\xB5"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\v\v \v\xB3\x7F~A\0\x7F@@@ \xA7! B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FQ@A\0 (A\xFF\xFF\xFF\xFF\x07q"\x07E\rB\x80\x80\x80\x80 !	@ 	!
@@ \x07 Aj"At(\xE0\xE4I\r At!\b !  \bj")\0"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80 Q\r\0\v B\x80\x80\x80\x80 7\0 
B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80 Q\r \0 	 
\xF3"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\f\v\v@ 
B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80 R@ B\x80\x80\x80\x80\xF0~Z@  (\0Aj6\0\v \0 
 \xF3"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\f\v B\x80\x80\x80\x80\xF0~T\r\0  (\0Aj6\0\v@  Atj")\0"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80 Q\r \0 	 \xF3! B\x80\x80\x80\x80 7\0 Aj! B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\0\v\f \0  )\xBE )!A!\f\v\0\v\v  7\0A\0\f\vA\x7F\v \x1B\vX\x7F Aj!@ (A\0N@A\0!@  F\r \0 Atj  j-\0\0;\0 Aj!\f\0\v\0\v At"E\r\0 \0  \xFC
\0\0\v\vU~ \0  \xAD  \xAD  Au"\0k\xAD~ \0 q j\xAD|B \x88\xA7j"\0\xADB\x7F\x85~ \xAD \xADB \x86\x84|"B \x88\xA7"q \xA7j6\0 \0 jAj\v\xBF
\x7F~#\0Ak! ("\x07Ak"\bA\0 \bA\0J\x1B!\v Aj \x07Atj(\0"Av! Au!	 A\bj!
A\0!~  \vF~A\0!@ AFE@A\0!  \bj"A\0N@ 
 Atj(\0 	s" j" I!\v Aj Atj 6\0 Aj!\f\v\v A\0G\xAD 5B \x86\x84!\f \0\x7F )\b"\rP@ \f!\rB\0!\fA\xBF\x7F\f\vA\x7F \ry"P\r\0 \r \x86 \fB\x88 B\x7F\x85\x88\x84!\r \f \x86!\f \xA7A\x7Fs\v \x07Atj6\0 \r \fB\0R\xAD\x84 
 Atj(\0 	s" j" I! Aj!  r!\f\v\v\v\xE8~\x7F#\0Ak"$\0@@@@@@@B\x80\x80\x80\x80\xE0~!@@@A\b B \x88\xA7" A\bkAoI\x1BA	j\0\b	\b\0\b\v \r\x07 \0  \0A\x99\xCE\0A\0\f\v B\xFF\xFF\xFF\xFF\x83!\f\x07\vB\x80\x80\x80\x80\xE0\0! \0 A\xB5"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\f\v\v \0 A\bj \xE1! \0  E\r   \x94"j"6\fB\0!@  (\bF\r\0 \0  A\fjA\0A\xC7"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 (\f"\x94 j k (\bF\r\0 \0 B\x80\x80\x80\x80\xE0~!\v \0 Q\f\v \0 \f\v \0  \0A\xB9\xCE\0A\0\vB\x80\x80\x80\x80\xE0\0!\f\v !\v Aj$\0 \v\xBB\x7F~#\0Ak"$\0A! \xBD"\x07B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\x83!\b \x07B?\x88\xA7!@ \x07B4\x88\xA7A\xFFq"A\xFFF@ \bB\0R\r AtAk!\f\v \0Aj \0("Atj(\0Av!@ \bB\0R rE@ AF@ \0(\bE\r\vA Atk!\f\v@ AG\r\0 \0(\b\r\0 AtAk!\f\v  G@A Atk!\f\v A\fj \0\xC1!\x07 (\f"\0 A\xFF\x07k"G@A\x7FA \0 H\x1B!\f\v \bB\v\x86B\x80\x80\x80\x80\x80\x80\x80\x80\x80\x7F\x84"\b \x07V@ AtAk!\f\v \x07 \bX\r\0A Atk!\f\vA\0!\v Aj$\0 \vH\x7F A\0 A\0J\x1B!@  F@A\0\v  j! At! Aj! \0 j/\0 -\0\0k"E\r\0\v \v\xAB\x7F \0Aj \0("Atj(\0Av" Aj ("Atj(\0AvG@A Atk\v\x7F  F@ A\bj! \0A\bj!\0@A\0 Ak"A\0H\r \0 At"j(\0"  j(\0"F\r\0\vA\x7FA  K\x1B\v At!\0  I@ \0Ak\vA \0k\v\v>\x7F \0(A\xFF\xFF\xFF\xFF\x07q" (A\xFF\xFF\xFF\xFF\x07qG@A\0\v \0 F@A\v \0A\0 A\0 \x9BE\v\xCA\x07\x7F  (\0"(AlAm"  J\x1B!\x07@ @ \0 ( \x07At\xB4"E\r  6\v (Aj!@ "At!  \x07I\r\0\v \0 At" \x07AtjA0j'"\bE\r\0 (\b" (\f"6  6\0 B\x007\b  \bj! ( AtA0j"@   \xFC
\0\0\v \0("(P"	 A\bj"
6  A\xD0\0j6\f  	6\b  
6P@ (Aj G@  Ak"	6A\0! @ \bA\0 \xFC\v\0\v A0j!@  ( O\r@ ("E@ Aj!\f\v  (\0A\x80\x80\x80\`q   	qA\x7FsAtj"(\0A\xFF\xFF\xFFqr6\0  Aj"6\0\v A\bj!\f\0\v\0\v E\r\0 \b  Atk \xFC
\0\0\v \0("\0Aj  (A\x7FsAtj \0(\0\0  6\0  \x076A\0\vA\x7F\v\xD1\x7F~@ ("A\xFF\xFF\xFF\xFF\x07q"A\vkAvI\r\0 Aj!\x7F A\0H@ /\0\f\v -\0\0\v"A0k"A	K\r\0\x7F@ A0G@A! A\0N!@  F\r\x7F E@  Atj/\0\f\v  j-\0\0\vA0k"A	K\r Aj! \xAD \xADB
~|"\x07\xA7! \x07B\x80\x80\x80\x80T\r\0\v\f\vA\0" AG\r\v \0 6\0A\v\vA\0\v\xDD\x7F#\0A k"$\0A\b B \x88\xA7" A\bkAoI\x1B!\x7F@@@@@@@@@A\b B \x88\xA7" A\bkAoI\x1B"A\x07k\0\v \r\v@@ A\x07k\0\v \r\v \xA7"\0 \xA7"J \0 Hk!\f\v  \x9A B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF\xC3"AF\rA\0 k!\f\v A\bG\r\v Aj \x9A B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF\xC3"AG\r\v \0  \0 A\0\f\v Aj \x9A  \x9A\xC5!\v \0  \0 \v@@@@@@ A\xA1k\x07\0\v A\0L\f\v A\0J\f\v A\x7FsAv\f\v E\f\v.\0\v Av\v A j$\0\v\xD7\f\x7F#\0A\xD0\x07k"$\0 \xA7("A\xFF\xFF\xFF\xFF\x07q  B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FQ\x1B!\x07 \0\xA7("A\xFF\xFF\xFF\xFF\x07q  \0B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FQ\x1B!\b@ @A! \x07 \bG\r\v  \x007\xE8 A6\xC8\x07 A6\xE0  7\0 \b \x07 \x07 \bK"\r\x1B!A\0! A\xE8j\x82!
@ \x82!\vA\0!	@ @ 
  \v 	 
(A\xFF\xFF\xFF\xFF\x07q" k" \v(A\xFF\xFF\xFF\xFF\x07q"\f 	k"  I\x1B"   K\x1B"\x9B"\r   j"M@ A\xE8j\x82!
 \v(A\xFF\xFF\xFF\xFF\x07q!\fA\0!\v  k! \f  	j"	K\r\f\v\v\v \x07 \bI \rk!\v A\xD0\x07j$\0 \v>\x7FA  k!@ A\0LE@ \0 Ak"At"j  t  j(\0" vr6\0\f\v\v\v\xF8\x7F@ ("AG\r\0 (\b\r\0 \0A\0\xD7\v \0  Av"jY"E@A\0\v Aj!\x07 Aq! A\bj!A\0!@  FE@  AtjA\x006\0 Aj!\f\v\v@ E@ A\bj!\0  Atj!A\0!@  \x07(\0O\r  At"j \0 j(\x006\0 Aj!\f\0\v\0\v \0   Atj A\bj ( \x80A\x7F t \x07 (Atj(\0Auqr\xF4!\v \v\xDF\v\x7F~#\0Ak"$\0@@ ("\bAG\r\0 (\b\r\0 \0A\x91\xD3\0A\02\f\v Aj ("Atj(\0! Aj \bAtj(\0! \0 AjY"E\r\0 A\bj! A\bj!\x07@ A\0H@ \x07  \x97\f\v At"\vE\r\0 \x07  \v\xFC
\0\0\vA  A\0J\x1B! Aj!\v@@@ AN@ \v Atj(\0E\r !\v \0 \bAt"\v'"	E@ \0("\0Aj  \0(\0\0\f\v A\bj!@ A\0H@ 	  \b\x97\f\v \vE\r\0 	  \v\xFC
\0\0\vA \b \bA\0J\x1B!
@@ \bAN@ 	 \bAtjAk(\0E\r \b!
\v  
H@ \0("Aj  (\0\0 \0("Aj 	 (\0\0 @ \0 (Y"\0E\r\x07 (At"E\r \0A\bj  \xFC
\0\0\f\v \0A\0\xD7!\f\v@ 	 
AtjAk(\0g"E\r\0 	 	 
 \x80 \x07 \x07  \x80"E\r\0 \x07 Atj 6\0 Aj!\v \0  
k"\vAjY"E@ \0("Aj  (\0\0 \0("\0Aj 	 \0(\0\0\f\v A\bj!\r 	 
Ak"Atj(\0!\f@@ 
AF@ AM@ \f\xAD!A\0!@ A\0L\r \r Ak"At"j  \x07j(\0"\xAD \xADB \x86\x84 \x80\xA7"6\0   \flk!\f\0\v\0\v \fA\x7Fs\xADB \x86B\xFF\xFF\xFF\xFF\x84 \f\xAD\x80\xA7!A\0!@ Ak"A\0H\r \r At"j A\fj   \x07j(\0 \f \xC06\0 (\f!\f\0\v\0\v \vAO@ \fA\x7Fs\xADB \x86B\xFF\xFF\xFF\xFF\x84 \f\xAD\x80\xA7!\v \x07 \vAtj!@@@@ A\0H\r At! Ak!  j(\0"  	j(\0"F\r\0\v \r \vAtj  M"6\0 \r\f\v \r \vAtjA6\0\v   	 
\xFF\v \x07 
Atj! \f\xAD!\x1B \v!@ Ak"A\0H\r\x7FA\x7F \f  At"j"(\0"M\r\0 @ A\bj  Ak(\0 \f \xC0\f\v Ak5\0 \xADB \x86\x84 \x1B\x80\xA7\v! \x07 j! \xAD!A\0!\bA\0!@  
FE@  At"j" 5\0 \b\xAD   	j5\0~|}">\0A\0 B \x88\xA7k!\b Aj!\f\v\v  (\0" \bk6\0  \bI@@A\0!A\0!@  
FE@  At"j"  	j(\0" (\0j" j"6\0  I  Ir! Aj!\f\v\v Ak! E\r\0  (\0Aj"6\0 \r\0\v\v \r j 6\0\f\0\v\0\v \x07 6\0\v \0("Aj 	 (\0\0 \0("Aj! (! @   \0\0 @ \x07 \x07 
 A\0\xCB\v \x07 
AtjA\x006\0 
Aj! A\0H@ \x07 \x07 \x97\v \0  \xF3!\f\v   \0\0 \r \vAtjA\x006  sA\0H@ \r \r (\x97\v \0 \xFB!\f\v \bAk!\b\f\0\v\0\v Ak!\f\v\v \0!\v Aj$\0 \v\xD3| \x7F@@@@@A\b B \x88\xA7" A\bkAoI\x1B	\0\0\0\0\vA\0!A\xFF \xA7"\0A\0 \0A\0J\x1B"\0 \0A\xFFN\x1B\f\vA\0! B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|"B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\r \xBF"D\0\0\0\0\0\0\0\0c\rA\xFF D\0\0\0\0\0\xE0o@d\r \x9E\xFC\f\v \0 \x86"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\0\vA\x7F!\vA\0\v6\0 \v\x84\b\x7F\f~|#\0A@j"$\0 A\0A\xC0\0\xFC\v\0 A\0A\xD0\xFC\v\0  \x0057  \x0057\0 \x005!
 B7   
7\b  \0(@AtA\x80j\xAD7 \0A\xCC\0j! \0A\xC8\0j!\b@ (\0" \bFE@ (!  ) B|7   ) \0(@AtA\x80j\xAD|7  )\xC0 3\b|7\xC0  )\xC8 4\f|7\xC8@ E\r\0 -\0\r\0 (!  )hB|7h  )p At (AtjA4j\xAD|7p\v A\xDCj! A\xD8j!	@ 	 (\0"G@  ) "\fB|"\v7   )B\xD0|"
7 (\b@  \fB|"\v7   
 (\fAt\xAD|"
7\v@ (E\r\0  \vB|7   
 ("Al\xAD|7A\0!@  N\r@ ( Alj"\x07(\b\r\0 \x07(E\r\0  ) B|7  \x07() \x97 (!\v Aj!\f\0\v\0\v ( @  ) B|7   ) ($At\xAD|7\v (,@  ) B|7   ) (0At\xAD|7\v )< \x97 )D \x97 Aj!\f\v\v Aj!\f\v\v \0A\xD4\0j! \0A\xD0\0j!	@ (\0" 	FE@@@@ Ak"\b-\0\0Aq\0\v (\x7F /" / jA\flA\xC4\0jA\xC4\0\v! (0@A\0! (4"\x07!@  NE@ (0 Atj)\0 \x97 Aj! (4!\f\v\v \x07At j!\v (@ (8At j!\v@ /\0	"A\x80q\r\0 (\fE\r\0  )( 4|7(\v\x7FA\0 A\x80\bqE\r\0\x7F (LE@ Aj!A\0\f\v  (@jAj!A\v" (D"E\r\0  )0B|70  )8 \xAC|78 Aj\v!  )B|7  +  \xB7\xA09   +\0 \xB8\xA09\0\f\v (\f!\x07  )HB|7H@ (E\r\0  ) B|7   )\` \x07(At\xAD|7\`  )X \x07( "\xAC|7X \x07A0j!A\0!@  N\r@ (E\r\0 (\0A\xFF\xFF\xFF\xFFK\r\0 ( Atj)\0 \x97 \x07( !\v Aj! A\bj!\f\0\v\0\v \x07-\0E@ \x07(!  )hB|7h  )p At \x07(AtjA4j\xAD|7p\v@@@@@@@@@@@ Ak/\0Ak!\0
\0

\b\x07		













\v  )\xA8B|7\xA8 \b-\0A\bqE\r
  )\xB0B|7\xB0 (E\r
  ) B|7   ) ( At\xAD|7  )\xB8 5 |7\xB8A\0!@  ( O\r\v ( Atj)\0 \x97 Aj!\f\0\v\0\v \b-\0A\bqE\r	  )\xB0B|7\xB0 (E\r	  ) B|7   ) ( At\xAD|7  )\xB8 5 |7\xB8A\0!@  ( O\r
 ( Atj(\0()\0 \x97 Aj!\f\0\v\0\v ) \x97\f\b\v  )\xA0B|7\xA0\f\x07\v ("\bE\r (!\x07  ) B|7   )\x80 \x07(@"At\xAD|7\x80A\0!@  N\r\x07@ \b Atj(\0"E\r\0 D\0\0\0\0\0\0\xF0? (\0\xB7"\xA3 ) \xB9\xA0\xFC7  D\0\0\0\0\0\0@@ \xA3 )\x80\xB9\xA0\xFC7\x80 ( AjG\r\0 ) \x97 \x07(@!\v Aj!\f\0\v\0\v ("Aj!A\0!@  ("\x07NE@  Atj)\0 \x97 Aj!\f\v\v  ) B|7   ) \x07AtAj\xAD|7\f\v ("E\r A\bj!A\0!@  -\0"\x07OE@  Atj)\0 \x97 Aj!\f\v\v  ) B|7   ) \x07\xADB\x86|B\b|7\f\v ( \xC2 ( \xC2\f\v ("E\r )\0 \x97  ) B|7   )B|7\f\v ("E\r  ) "
B|7   )B |"\v7 (\fE\r  
B|7   \v 4\0|7\f\v (E\r\0  ) B|7 \v Aj!\f\v\v  )P )H"\vB0~|"\f7P  ) \0(\xEC"At\xAD|"\r7A\0! A\0 A\0J\x1B! ) !
@  FE@ \0(\xF4 Atj!@ (\0"@ (!  )hB|7h  )p At (AtjA4j\xAD|7p A(j!\f\v\v Aj!\f\v\v  
B|"7   \0(("\xAC7(  \0(," \0($jAt\xAD"
70A\0! A\0 A\0J\x1B!@  G@ \0(8 Atj(\0"AqE@  
 ("Au A\xFF\xFF\xFF\xFF\x07q AvtjAj\xAD|"
70\v Aj!\f\v\v  +\b\xBB\xFC"78  +\xBB\xFC"7@  )"7x  + \xBB\xFC"7\x80  )("7\x88  )0"7\x90  )8"7\x98 +\0!  )p )\`   \f \r| | ||| 
|||7  \xBB \xB7\xA0 \xB9\xA0 \v\xB9\xA0 )h\xB9\xA0 \xB9\xA0 \xB9\xA0 \xB9\xA0\xFC7  A@k$\0\vj\x7F|~#\0Ak"$\0\x7FA\0 B \x88"P \xA7A	jAOrE\r\0A\x7F \0 A\bj H\r\0 +\b"\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0T \x9C aq\v Aj$\0\v\xA6\x7F~ A\0H@ A\xFF\xFF\xFF\xFF\x07q\xAD\v@ \0("(, K@B\x80\x80\x80\x800!@ (8 Atj(\0"(\bA\x80\x80\x80\x80|qA\x80\x80\x80\x80G\r\0 A\x91k"AO@ ("A\xFF\xFF\xFF\xFF\x07qE\r\x7F A\0H@ /\f\v -\0\v"A-G A:kAvIq\r \0 \xADB\x80\x80\x80\x80\x90\x7F\x84\xB3"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 ("B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0  \v  \xA7\xC6 \0 \r \0 B\x80\x80\x80\x800\v At)\xF8\xB1!\v \vA\xA6\xED\0A\xDF\x90A\xAAA\xC5\xAA\0\0\v \v\xC6\x7F \xA7"("A0j!  ( qA\x7FsAtj(\0!@@@@ E\r  Ak"\x07Atj"\b(\0!  \b(G@ A\xFF\xFF\xFFq!\f\v\v A\x80\x80\x80\x80|N\r ( \x07Atj(\0" (\0Aj6\0 \0  \xC8 \r B\x80\x80\x80\x8007 \v \0 \xC7!\v \vA\xEE\x9DA\xDF\x90A\xD6\x82A\xB4\xD0\0\0\0\v\`\0 (\0"(\0AF@A\0\v \0 (  (A'~"E@A\x7F\v  6\0  (\0Aj6\0 \0 ) B\x80\x80\x80\x80\xC0\x007 A\0;A\0\v\xA8\x7F \0\xA7"("A0j!  (A\x7FsAtA\x94~rj(\0!@ E@A\0\v  Ak"Atj"(\0! (A:G@ A\xFF\xFF\xFFq!\f\v\vA!@ A\xFF\xFF\xFF\xFFK\r\0 ( Atj)\0"\0B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FR\r\0 \0\xA7(A\xFF\xFF\xFF\xFF\x07qA\0G!\v \v\xC3\b\x07\x7F~#\0Ak"
$\0@@@@@ /"\x07A\x80\bqE\r\0 /"\bAF@@ \x07A\x80q@@ A\0H@ 
 A\xFF\xFF\xFF\xFF\x07q"\b6\f \b ((G\r \x07A\x80qE\r A\x800q  A\bvqA\x07qA\x07Gr\r B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0   \x8C!\x07\f	\v \0 
A\fj \xB1E\r\vA\x7F!\x07 \0 \x9DE\r\f\x07\v \0 
A\fj \xB1E\r\v \0 
A\bj ("\b)\0\x80 
(\fAj"\x07 
(\bM\r (-\x003A\bqE@ \0 A2\xA1!\x07\f\v \0 \b \x07A\0N~ \x07\xADB\x80\x80\x80\x80\xE0~ \x07\xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v!\f\v \bAkA\xFF\xFFqA\vM@ \0 \xAB"\x07E\r \x07A\0H\r \0 A\xC7\x87!\x07\f\v A\x80\x80q\r\0 \0((D \bAlj("\x07E\r\0 \xADB\x80\x80\x80\x80p\x84! \x07(\f"\x07@ \0       \x07#\0!\x07\f\v \0 \x9C"\x07A\0H\r \x07E\r\v -\0Aq\r\v \0 A\xE0\xF8\0\x87!\x07\f\v@@@ A\x800q"\f@ AqAr!\x07\f\v A\x07q!\x07 /A1F\r\vA\0!\b\f\v ( "\v("\bA0j!	 \b \b( qA\x7FsAtj(\0!\b@@@ \b@ 	 \bAk"\bAtj"\r( F\r \r(\0A\xFF\xFF\xFFq!\b\f\v\vA\0!\v \0A\0\xC7"\bE\r\f\v \v( \bAtj(\0"\b \b(\0Aj6\0\v \b AqE:\0\x07 \x07A r!\x07\v \0   \x07~"	E@A\x7F!\x07 \bE\r \0( \b\x8D\f\v \f@ 	A\x006\0@ A\x80qE\r\0 \0 0E\r\0 \xA7! B\x80\x80\x80\x80\xF0~Z@  (\0Aj6\0\v 	 6\0\v 	A\x006A!\x07 A\x80 qE\r \0 0E\r \xA7!\0 B\x80\x80\x80\x80\xF0~Z@ \0 \0(\0Aj6\0\v 	 \x006\f\v@ /A1F@ \v@ \0 \v \xC8\v 	 \b6\0 A\x80\xC0\0q@ B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v \b( 7\0\f\v \b(B\x80\x80\x80\x8007\0\f\v A\x80\xC0\0q@ B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v 	 7\0\f\v 	B\x80\x80\x80\x8007\0\vA!\x07\f\vA\x7F!\x07\v 
Aj$\0 \x07\v\xE9\b\x7F#\0Ak"\x07$\0\x7FA\x7F \0 \x07A\fj A\0\xCB\r\0 (-\x003A\bqE@ \0 A2\xA1\f\v@@ -\0A\bq@ \x07(\f" (("I@ !@  FE@ \0 ($ Atj)\0 Aj!\f\v\v  6(\v ( A\0N~ \xADB\x80\x80\x80\x80\xE0~ \xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v7\0\f\v \0 \x07Aj ()\0\x80 \x07(\f"
!@ \x07(" 
M\r\0 ("	( "\b  
kO@@ " 
M\r \0  \0 Ak"\xFC"\xC8 \0 \r\0\f\v\0\v 	A0j"!@ \b \vL@A\0!@  \bN\r@ ("\bE\r\0 \0 \x07A\bj \b\xB1E\r\0 \x07(\b I\r\0 \0  (\xC8 ("	 AtjA0j!\v A\bj! Aj! 	( !\b\f\0\v\0@ ("\bE\r\0 \0 \x07A\bj \b\xB1E\r\0 \x07(\b"\b I\r\0  \bAj -\0Aq\x1B!\v A\bj! \vAj!\v 	( !\b\f\v\0\v\0\v \0 ( A\0N~ \xADB\x80\x80\x80\x80\xE0~ \xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v!  
K\r\vA\f\v \0 A\xBE\xFA\0\x87\v \x07Aj$\0\vS\0#\0Ak"$\0B\x80\x80\x80\x800!  A\0J~ )\0B\x80\x80\x80\x800\v7\b \0 \0 )\bB\x80\x80\x80\x800A A\bj Aj$\0B\x80\x80\x80\x800\v\x99\x7F#\0Ak"\x07$\0@@@@@\x7F \0("(\xB0"E@ -\0\0A.G@ \0 \x88\f\v \xB2! \0 A  kA\0 \x1B"\bjAj"	'"E\r \b@   \b\xFC
\0\0\v  \bjA\0:\0\0@ -\0\0A.G\rA!@@ -\0A.k\0\v -\0A/G\r -\0\0E\r@ \xB2"Aj  \x1B"-\0\0A.G\r\0 -\0"A.G@ \r\f\v -\0E\r\v   KkA\0:\0\0A!\v  j!\f\0\v\0\v \0   (\xC0 \b\0\v"\r\f\v -\0\0E\r\0  	A\x95\xAF\xB1\v  	 \xB1!\v \0 \x8B"E@ \0("\0Aj  \0(\0\0\f\v \0 \xF1"@ \0("Aj  (\0\0 \0 \f\v \0  (\xB8"E@ \x07 6\0 \0A\xB6\xB8 \x07\xD1 \0("\0Aj  \0(\0\0\f\v (\xC0!\x7F (\xB4@ \0    '\0\f\v \0   \0\v! \0("\0Aj  \0(\0\0\f\vA\0!\v \x07Aj$\0 \v}\x7F \0(\xF8"	E@ \0A\xF0\x88A\0B\x80\x80\x80\x80\xE0\0\v@ A\xC0\0q"
E\r\0 \0((\x94"\bE\r\0 \b \b($"\x07A\br6$\v \0       	2\0@ 
E\r\0 \0((\x94"\0E\r\0 \0 \x076$\v\v\xEE\x7F@ \0 (AjAt" (AtjA0j"'"E@A\0!\f\v @   (A\x7FsAtj \xFC
\0\0\v  j"A6\0 \0(!  -\0A\xE0qAr:\0 (P" A\bj"6  A\xD0\0j6\f  6\b  6PA\0! A\0:\0 (,"@  (\0Aj6\0\v A0j!@  ( O\r \0 (  A\bj! Aj!\f\0\v\0\v \v\xBA	\f\x7F~#\0Ak"	$\0@ E\r\0 \0A:\0h \0Aj!\x07 \0A\xF4\0j! \0A\xF0\0j!\b@@ \b (\0"G@@@@@ (\b\0\v Ak!
 A\fk!\v Ak!\f A k!\r Ak(\0!@  \fF\r A\bk! )! (! B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0 \xA7(\0\r\0 
(\0  \v(\0\xC0Atj!@@ "(\0"E\r Aj!  G\r\0\v  (\x006\0\v \0 \r \xF8\f\0\v\0\v )"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r \xA7(\0\r \0 \x9B B\x80\x80\x80\x8007\f\v A\fj! (!@ " F\r (!@ )"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0 \xA7(\0\r\0 \0 \x9B B\x80\x80\x80\x8007\v )\b"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0 \xA7(\0\r\0 	 )7\0 	 )7\b (A;A 	\xCF \0 )\b\x9B \0 )\x9B \0 )" (\0" ("6  6\0 B\x007\0 \x07  \0(\0\0\f\0\v\0\v.\0\v \0A\0:\0h \0\xA5\f\v Aj!\f\0\v\0\v \0 \0A\xE0\0j"6d \0 6\` \0A\xD4\0j! \0A\xD0\0j! \0A\xE4\0j! \0(T!@  "F@@@@  (\0"F@ !@ (\0" F\r \0 A\bkA<\xF7 Aj!\f\0\v\0\v A\bk"(\0A\0L\r Ak" -\0\0A\xEFq:\0\0 \0 A=\xF7 Aj!\f\v\v \0A:\0h \0A\xD8\0j!@  (\0"G@ Ak-\0\0Aq"AKA tA\xD3\0qEr@ (\0" ("6  6\0 A\x006\0 (\0" 6  6  6\0  6\0\f \0 A\bk\xFF\f\v\0\v\v \0A\0:\0h \0Aj! \0(\\!@  G@ (!@@@ Ak"-\0\0"Aq\x07\0\0\0\0\vA\x91\x9FA\xDF\x90A\xF21A\xBF?\0\0\v (\bE\r\0  A\xE0q:\0\0 !\f\v  A\bk \0(\0\0 !\f\v\v \0 6\\ \0 \0A\xD8\0j6X 	Aj$\0\vA\xC6\xACA\xDF\x90A\xB81A\xB7\xDD\0\0\0\v Ak"\x07-\0\0AqE@ (! \0 A\bk"\bA>\xF7 \x07 \x07-\0\0Ar:\0\0 \b(\0\r (\0"\x07 ("\b6 \b \x076\0 A\x006\0 (\0"\x07 6  6  \x076\0  6\0\f\v\vA\xCB\xAEA\xDF\x90A\x951A\xF1\xEA\0\0\0\v7\x7F@ /0 K@ ( Atj(\0"@ \0  \xEC\v Aj!\f\v\v\v\x9F\x7F~#\0Ak"$\0  7\b\x7F@ B\x80\x80\x80\x80pZ@ \0 A\xEA A\0"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80 Q B\x80\x80\x80\x800QrE@A\x7F B\x80\x80\x80\x80\xE0\0Q\r \0 \0  A A\bj=-\f\v \0 0\r\v \0A\x84\x86A\0A\x7F\f\v \0  \x83\v Aj$\0\v-\x7F Ak" \0 )\0 A\bk)\0A\0\xA2 G\xADB\x80\x80\x80\x80\x847\0\v\xDD\x07~	\x7F| A\bk"\f)\0! Ak"	)\0!@@@@A\b B \x88\xA7" A\bkAoI\x1B"\x07Aj!
 B\xFF\xFF\xFF\xFF\x83! \x07A\x07k!\r \x07AwG!@@@@@@@@@A\b "B \x88\xA7" A\bkAoI\x1B"A	j"\vAK"A \vtA\x81\x84\fqEr\r\0@@@ \r\0\v \x07E\r\0 \r\v  \x07r\r\0 \xA7 \xA7F!\b\f\r\v@|| A\bF@ \x07A\brA\bG\r B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF" \x07A\bF\r \xA7\xB7\f\v \x07A\bG r\r \xA7\xB7\v! B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF\v!  a!\b\f\r\v \0A\xA7  \xC9!\b\f\f\v  \x07F@ \0  A\0\xA2!\b\f\f\vA!\b AF \x07AFq \x07AF AFqr\r\v@@ Aj"\bA~O@ 
A~O@ \0  A\0\xA2!\b\f\v@ \x07Aj
	\v\v\v\v\v\0\v \x07AwF\r\f
\v 
A~I\r !@ Aj





\0\v AwG\r	\v@ AwF A\x07Fr \x07AwFrE \x07A\x07GqE@@ \bA~O@ \0 \xC9"B \x88"B\xF7\xFF\xFF\xFFQ\r \xA7A\x07G\r\f\v \0 \xC9"B \x88"B\xF7\xFF\xFF\xFFQ \xA7A\x07Fr\r\v \0  \0 A\0!\b\f\v \0 n"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\v ! \0 n"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\f\v \0  A\0\xA2!\b\f\f\v ! AF\r\0\v \x07AG\r\v B\xFF\xFF\xFF\xFF\x83! !\f\v A\x7FG\r\vA\x7F! \x07A	j"\bAK\rA \btA\x8F\x84\fq\r\f\v \x07A\x7FG\r\vA\x7F!\x07 A \vtA\x8F\x84\fqEr\r\v \0 A\xB5"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 A\xB5"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\f\v\v\x7F@ B\x80\x80\x80\x80pT\r\0 \xA7.A\0N\r\0A \x07A~qAF\r\vA\0!\x07 B\x80\x80\x80\x80pZ\x7F \xA7.A\0HA\0\v A~qAFq\v!\b \0  \0 \f\v !\v \0  	B\x80\x80\x80\x8007\0 \fB\x80\x80\x80\x8007\0A\x7F\v 	  \bG\xADB\x80\x80\x80\x80\x847\0A\0\vp\x7F~ \0 A\bk")\0n"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ B\x80\x80\x80\x8007\0A\x7F\v  7\0 B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v  7\0 \0 A\bj Ak\xF7\v\xF4\x07\x7F@ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FR\r\0 \xA7"(A\xFF\xFF\xFF\xFF\x07q@ (\0AG\r  \0((\f\0!\0 ("A\0H@ \0 (" jAtAjI\rA\0!\0 A\0N@ Aj!\b Aj!	A!@ \0 A\xFF\xFF\xFF\xFF\x07qO\r \0 	j-\0\0!  AjA\x80\x80\x80\x80xr"\x076 \b Atj ;\0 \0Aj!\0 (! \x07!\f\0\v\0\v A\xFF\xFF\xFF\xFF\x07qAt"\0@  A\xFF\xFF\xFF\xFF\x07qAtjAj Aj \0\xFC
\0\0\v  ( jA\x80\x80\x80\x80xr6A\v ("A\0H \0  jAjIr\r Aj!\x07 @  \x07j Aj \xFC
\0\0\v  (A\xFF\xFF\xFF\xFF\x07q j"\x006 \0 \x07jA\0:\0\0\vA!\v \v\xCF\x07~\x7F#\0A k"$\0A\b A\bk"
)\0"B \x88\xA7"\x07 \x07A\bkAoI\x1B!\b@@@@A\b Ak"	)\0"B \x88\xA7" A\bkAoI\x1B"A\bG \bA\bGrE@ 	B\x80\x80\x80\x80\xE0~ B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF\xA0\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B7\0\f\v A\x07G \bA\x07GrE@ \xC4 \xC4|"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ 	 B\xFF\xFF\xFF\xFF\x83B\x80\x80\x80\x80\xF0\0\x847\0\f\v \0 \x86"\0E\r 	 \0\xADB\x80\x80\x80\x80\xF0~\x847\0\f\v A\x7FG \bA\x7FGq\x7F  \0 A\xB5"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 A\xB5"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0 \f\vA\b B \x88\xA7" A\bkAoI\x1B!\bA\b B \x88\xA7" A\bkAoI\x1B\vAjA}M \bAjA~IqE@ 	 \0  \x97"7\0A\0! B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\f\v \0 n"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80\xE0\0Q\r \0 n"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80\xE0\0Q@ \0 \f\vA\b B \x88\xA7" A\bkAoI\x1B"\x07A\b B \x88\xA7" A\bkAoI\x1B"rE@ 	~ \xC4 \xC4|"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v7\0\f\v \x07A\x07G \x07AwGq A\x07G AwGqrE@ \xA7!\b \xA7!\x07A\0! \0 B\x80\x80\x80\x80\xF0\0Q\x7F  \b6 B\x80\x80\x80\x807 Aj \b\v B\x80\x80\x80\x80\xF0\0Q\x7F  \x076\b B\x80\x80\x80\x807\0  \x07\vA\0\xD6!\x07 \0  \0  \x07E\r 	 \0 \x07\xC27\0\f\v \0 Aj h@ \0 \f\v \0  h\r 	B\x80\x80\x80\x80\xE0~ + +\0\xA0\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B7\0\vA\0!\f\v \0 \v 	B\x80\x80\x80\x8007\0 
B\x80\x80\x80\x8007\0A\x7F!\v A j$\0 \v\x93
\x7F#\0A0k"\x07$\0@ B\x80\x80\x80\x80pT@\f\vA!@ \xA7"
-\0AqE\r\0 \0((D 
/Alj("E\r\0AA (\x1B!\v \0 \x07A,j \x07A(j 
 w@A\x7F!\f\v \xA7"\fE B\x80\x80\x80\x80pTr!\r \x07(,!	 \x07((!\v AK!A\0!@@  \vF@A\0!\f\v@@@ \r\r\0 \0A\0 \f 	 Atj(J"E\r\0 A\0N\r\f\v E@ \0 \x07A\bj"\b 
 	 Atj(J"A\0H\r E\r \x07(\b \0 \bNAqE\r\vA\x7F! \0  	 Atj"\b( A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \b(!\b\x7F @ \0  \b ;\f\v \0  \b A\x07\vA\0H\r\v Aj!\f\v\vA\x7F!\v \0 	 \vX\v \x07A0j$\0 \v\x9F~@@~ Aq@A.! \0 U\f\vA-! \0 &\v"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 \x88"B\x80\x80\x80\x80\xE0\0Q\r\0 \0A'"@ A\x006\f  Aq6\b  7\0 B\x80\x80\x80\x80pT\r \xA7 6 \f\v \0 \v \0 B\x80\x80\x80\x80\xE0\0\v \vv~\x7F \0 3!@ A\0H\r\0 \0((8 Atj(\0"(\b"A\x80\x80\x80\x80|N A\xFF\xFF\xFF\xFFqA\xFF\xFF\xFF\xFFG A\xFF\xFF\xFF\xFF{KqEq\r\0 (A\x80\x80\x80\x80xF\r\0 \0A\x99\x95 A\x97\x95\xC6!\v \v]\x7F@@ B\x80\x80\x80\x80pT\r\0 \xD4\r\0A\x7F! \0 1"E\r \0 \xE5! \0  B\x80\x80\x80\x80\xE0\0Q\r \0 A: AA\0H\r\vA\0!\v \v5\0@ E B\x80\x80\x80\x80pTr\r\0 \xD4\r\0 \0 A: \0 3AA\0N\r\0A\x7F\vA\0\v\f\0 \0 A\xD6'\x94\vh\x7F~@ \0 A\xED\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@ \0 -! \0 A\xC4\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\vA\0!B\x80\x80\x80\x80\xE0\0!\v  6\0 \vm~\x7FA\x7F!@ \0 A\bk")\0" \xC5"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0   7\0 \0 A\xEE\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0  7\0A\0!\v \v~ \0 & \0 \vV~ -\0$Aq@ \0 A8k\xFC\v ()\0"B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v  7 A:\0  Aj6\v\r\0 \0 A\x9A\xB7\x90\vg\x7F@ A\0N@  \0("(,O\r (8 Atj(\0" (\0Aj6\0 \0 A\x91\vA\xAA\xB1A\xDF\x90A\xA2A\xD6\xDD\0\0\0\vA\x90\xED\0A\xDF\x90A\xA3A\xD6\xDD\0\0\0\v\xAB\x7F@@@@ B\x80\x80\x80\x80pT\r\0 \xA7"/\xFFE\r\0 (("E\r\0 ("A0j!  (A\x7FsAtA\xFCxrj(\0!@ E\r  Ak"Atj"(A\xE0G@ (\0A\xFF\xFF\xFFq!\f\v\v B\x80\x80\x80\x80pT\r\0 ( Atj)\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x80\x7FQ\r\v \0%\f\v \0( \xA7\xB3! \xA7("\0A(j! \0  \0(qA\x7FsAtj(\0!\0@ \0E@A\0\v   \0Atj"\0(F@ \0A\0G \0(\0A\xFF\xFF\xFFq!\0\f\v\0\v\0\v \0A\xBA\x87A\0\vA\x7F\v\0 \0    A\x80\x80\xA1\vD\x7F \0A\xF0j! \0A\xECj!\0\x7F \0 (\0"F@A\0\v  Ak(\0F\x7F Ak Aj!\f\v\v\vj\x7F~@ \0((\x94"E\r\0@ )\b"B\x80\x80\x80\x80pT\r \xA7"/\xFFE\r ( "/\0"A\x80 qE@ A\x80\bqE\r \0 (D \v (\0"\r\0\v\vA\0\v\x9E\x7F@@ (\0AF@A  A\0J\x1B!@ AH\r  Atj"("AkA~I\r Aq (\0AvG\r Ak!\f\0\v\0\vA\x84\xACA\xDF\x90A\xB3\xD8\0A\x8E\xAB\0\0\v !\v ( G\x7F  6 \0  AtA\bj\xB4"\0  \0\x1B \v\v\x81\x7F (!@ AkA~O@ Aq Aj Atj(\0AvF\r\v \0  Aj"AtA\bj\xB4"E@ \0("\0Aj  \0(\0\0A\0\v  6  Atj 6\b \v \0 \xFB\v-\0 B\0Y@ \0  \x9E\v \0A-:\0\0 \0AjB\0 } \x9EAj\v\0 \0     A\0A7\x9C\xB2\v\xFB\x07\x7F~#\0A\xD0\0k"\f$\0@ B \x88"B\xF7\xFF\xFF\xFFR@ \xA7A\x07F@ \0 \f \f \xC4 \xF5u!\f\vA\xAC\x97A\xDF\x90A\xC1\xDF\0A\xF9\xAA\0\0\v@ \xA7"("AG\r\0 (\b\r\0 \0A\x92\xAFAu!\f\v i!@@ Aj Atj(\0"A\0H@ \0 \x9B"\b! \b\r\f\v AI@\f\v \0 Y"\bE\r (At"@ \bA\bj A\bj \xFC
\0\0\v \b!\v \0 Av"	 ("AtAr g" A\bj"
 AtjAk(\0gjkA k"\vm"\x07jAj'"E@ \0("\0Aj \b \0(\0\0\f\vA\0! \x07 j 	j"	A\0:\0\0@ AM@ Ak!\r \x07A\0 \x07A\0J\x1B! Aj!\x07 	!@  F\r 
  \vl"Av"Atj(\0 v!@ Aq" \x07M\r\0 Aj" (O\r\0 
 Atj(\0A  kt r!\v Ak" \r q-\0\xA0\xE3:\0\0 Aj!\f\0\v\0\v Ak"AtA\xA0\xB4j(\0"\v\xAD! (! A
G!\r A\xF0\xB3j! 	!@ !@@ AN@ 
 AtjAk(\0@ !\f Ak!\f\v\0\v\v A\0L\r\0A! 
(\0" \vO\r\0 E\r \xAD! A
F@@ Ak" B
\x80"B\xF6~ |\xA7A0r:\0\0 B
T !E\r\0\f\v\0\v \xAD!@ Ak"   \x80" ~}\xA7-\0\xA0\xE3:\0\0  T !E\r\0\v\f\vA\0! !@ Ak"A\0HE@ 
 Atj"\x07 \x07(\0"\x07\xAD \xADB \x86\x84 \x80\xA7"6\0 \x07  \vlk!\f\v\v -\0\0!\x07A\0! \rE@@  \x07F\r Ak"  A
n"A\xF6ljA0r:\0\0 Aj!\f\0\v\0\v@  \x07F\r Ak"   n" lk-\0\xA0\xE3:\0\0 Aj!\f\0\v\0\v\0\v A\0H@ Ak"A-:\0\0\v \0("Aj \b (\0\0 \0  	 ku! \0("\0Aj  \0(\0\0\f\vB\x80\x80\x80\x80\xE0\0!\v \fA\xD0\0j$\0 \vC\0 \0Aj  t kAj \0(\0\0"\0@ \0B\x007\b \0A6\0 \0 A\xFF\xFF\xFF\xFF\x07q Atr6\v \0\v\xD4\x7F~#\0A@j"$\0@~ A\0H@ \0   A\xFF\xFF\xFF\xFF\x07q\xDFu\f\v  \0("\0(,O\r@@ \0(8"\0 Atj(\0"(\bA\x80\x80\x80\x80|qA\x80\x80\x80\x80F\r\0 E\r (A\x80\x80\x80\x80xG\r\0 \0(\xBC!\v  (\0Aj6\0 \xADB\x80\x80\x80\x80\x90\x7F\x84\f\v  (\0Aj6\0 \xADB\x80\x80\x80\x80\x80\x7F\x84\v A@k$\0\vA\xA6\xED\0A\xDF\x90A\xE9A\xDB\xEF\0\0\0\va\x7F \0A\xECj! \0(\xF0!@  "G@ (! @ -\0Q\r\v (\0" 6  6\0 B\x007\0 \0 Ak\xADB\x80\x80\x80\x80P\x84\f\v\v\v0\x7F \0(8 Atj(\0" (\0"Ak6\0 AL@ \0 \xB1\v\v
\0 \0A|q\xBF\v\`\x7F (\`"@ (H!@  OE@ \0 )\0" A\bj! (\`!\f\v\v \0 )@" \0 )"\vA\xD4\x9BA\xDF\x90A\x83\x9FA\xD4\xF4\0\0\0\vi\x7F@  J@  j"-\0\0" Aj A\xB2I\x1B  \x1BAt"-\0\xC0\xDA!\x07 -\0\xC3\xDAAkA\xFFqA\xFBI Aj JrE@ \0 (\0{\v  \x07j!\f\v\v\v\xDB	\x7F@@@@@@@ -\0Aq\x07\0\v  /A\x80r; ("A0j!@ (!  ( NE@ \0  Atj (\0Av\xB0 Aj! A\bj!\f\v\v \0Aj"  \0(\0\0 \0 \x9C B\x007 \0(D /Alj(\b"@ \0 \xADB\x80\x80\x80\x80p\x84 
\0\v A\x006( B\x007  A\0; (\b" (\f"6  6\0 B\x007\b \0-\0hAF@ (\0\r (\r\f\v (E@\f\v  -\0A\xEFq:\0\v ("@ \0  (A\xFE\v@ ( E\r\0A\0!@  /* /(jO\r \0 (  A\flj(\0{ Aj!\f\0\v\0\vA\0!@ (< L@A\0!@  (@NE@ \0 ($ Atj({ Aj!\f\v\v (4"@ \xBF\v \0 ({ -\0Aq@ \0 (D{ \0Aj" (P \0(\0\0  (T \0(\0\0\v (\b" (\f"6  6\0 B\x007\b@ \0-\0hAG\r\0 (\0E\r\0\f\x07\v \0Aj  \0(\0\0 \0 (8 Atj)\0" Aj!\f\v\0\v\0\v.\0\v \0 ({@ (!  ( NE@ \0  Atj"(\0{ \0 )\b" Aj!\f\v\v \0Aj"  \0(\0\0A\0!@@ ((!  (,N\r\0  Alj"(\bE@ \0 (\x8D\v \0 ({ \0 (\f{ Aj!\f\v\v   \0(\0\0  (4 \0(\0\0A\0!@ (@!  (DNE@ \0  Atj(\b{ Aj!\f\v\v   \0(\0\0  (t \0(\0\0 \0 )P" \0 )X" \0 )\xB8" \0 )\xC0" \0 )\x98" \0 )\xA0" \0 )\xA8" \0 )\xC8" ("@ (" 6  6\0 B\x007\v (\b" (\f"6  6\0 B\x007\b@ \0-\0hAG\r\0 (\0E\r\0\f\v   \0(\0\0\v ( E@ \0 \xFD\v \0 )(" \0 )0" (\b" (\f"6  6\0 B\x007\b@ \0-\0hAG\r\0 (\0E\r\0\f\v \0Aj  \0(\0\0\v   \0(\0\0\v \0(X" A\bj"6  \0A\xD8\0j6\f  6\b \0 6X\v\xE8	\x7F#\0Ak"$\0\x7FA\0 \0-\0AqE\r\0A\0 \0(P"E\r\0A\0 A\bj"\x07   \0(Lj"\b\xDA"\0A\0H\r\0 (\bA\0 \x07 \0 j"\0 \b\xDA"	A\0H\r\0Aj! (\bAj!\x07@ A\x7FF\r\0 \0 	j!A\0!	@  \bO\r Aj!\0\x7F -\0\0"E@A\0!A\0 A\bj \0 \b\xDA"A\0H\r (\b!\vA\0 A\fj \0 j"\0 \b\xA3"
A\0H\r \0 
j!\0 (\f j\f\v  Ak"A\xFFqAn"\vA{l jA\xFFqjAk\vA\0!A\0 A\fj \0 \b\xA3"
A\0H\r  	 \vj"	I\r \0 
j! (\f \x07j!\x07!\f\0\v\0\v \x07! \v  6\0 Aj$\0\v\xFF\x7F@ B\x80\x80\x80\x80pT\r\0 \xA7"("A0j!\x07  (A\x7FsAtA\x94~rj(\0!@@ @ \x07 Ak"Atj"(A:F\r (\0A\xFF\xFF\xFFq!\f\v\v (,"E\r ("A0j!  (A\x7FsAtA\x94~rj(\0!@ E\r  Ak"Atj"(A:F\r (\0A\xFF\xFF\xFFq!\f\0\v\0\v (\0A\xFF\xFF\xFF\xFFK\r\0 ( Atj)\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FR\r\0 \0 \xCE!\v \v}~\x7F#\0A\x80k"$\0 A\x80  \xDD@ \0 \0 Atj)hAi"B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x80 !\f\v \0 A6 \0 \xA9A E\r\0 \0 A\0A\0A\0A\0\xDC\v \0 \x8A A\x80j$\0\v\xC9\x7F#\0Ak"$\0@ \0 A\fj>\r\0 \0(\0! (\f"A\0H@ A\x91\xE7\0A\06\f\v  Av" Aq"\xE0"E@ \0A\x7F6\f\v  t" \0(\f \0(\b"kK@ \0\xCD \0(\0( \x8F\f\v Aj! @   \xFC
\0\0\v \0 \0(\b j6\b E@  jA\0:\0\0\v !\v Aj$\0 \v\xAD\v\x07\x7F \0 j!@@ \0("Aq\r\0 AqE\r \0(\0" j!@@@ \0 k"\0A\xD8\xB1(\0G@ \0(\f! A\xFFM@  \0(\b"G\rA\xC4\xB1A\xC4\xB1(\0A~ Avwq6\0\f\v \0(! \0 G@ \0(\b" 6\f  6\b\f\v \0("\x7F \0Aj \0("E\r \0Aj\v!@ !\x07 "Aj! ("\r\0 Aj! ("\r\0\v \x07A\x006\0\f\v ("AqAG\rA\xCC\xB1 6\0  A~q6 \0 Ar6  6\0\v  6\f  6\b\f\vA\0!\v E\r\0@ \0("At"(\xF4\xB3 \0F@ A\xF4\xB3j 6\0 \rA\xC8\xB1A\xC8\xB1(\0A~ wq6\0\f\v@ \0 (F@  6\f\v  6\v E\r\v  6 \0("@  6  6\v \0("E\r\0  6  6\v@@@@ ("AqE@A\xDC\xB1(\0 F@A\xDC\xB1 \x006\0A\xD0\xB1A\xD0\xB1(\0 j"6\0 \0 Ar6 \0A\xD8\xB1(\0G\rA\xCC\xB1A\x006\0A\xD8\xB1A\x006\0\vA\xD8\xB1(\0"\b F@A\xD8\xB1 \x006\0A\xCC\xB1A\xCC\xB1(\0 j"6\0 \0 Ar6 \0 j 6\0\v Axq j! (\f! A\xFFM@ (\b" F@A\xC4\xB1A\xC4\xB1(\0A~ Avwq6\0\f\v  6\f  6\b\f\v (!  G@ (\b" 6\f  6\b\f\v ("\x7F Aj ("E\r Aj\v!@ !\x07 "Aj! ("\r\0 Aj! ("\r\0\v \x07A\x006\0\f\v  A~q6 \0 Ar6 \0 j 6\0\f\vA\0!\v E\r\0@ ("At"(\xF4\xB3 F@ A\xF4\xB3j 6\0 \rA\xC8\xB1A\xC8\xB1(\0A~ wq6\0\f\v@  (F@  6\f\v  6\v E\r\v  6 ("@  6  6\v ("E\r\0  6  6\v \0 Ar6 \0 j 6\0 \0 \bG\r\0A\xCC\xB1 6\0\v A\xFFM@ A\xF8qA\xEC\xB1j!\x7FA\xC4\xB1(\0"A Avt"qE@A\xC4\xB1  r6\0 \f\v (\b\v!  \x006\b  \x006\f \0 6\f \0 6\b\vA! A\xFF\xFF\xFF\x07M@ A& A\bvg"kvAq AtrA>s!\v \0 6 \0B\x007 AtA\xF4\xB3j!@@A\xC8\xB1(\0"A t"\x07qE@A\xC8\xB1  \x07r6\0  \x006\0 \0 6\f\v A AvkA\0 AG\x1Bt! (\0!@ "(Axq F\r Av! At!  Aqj"\x07("\r\0\v \x07 \x006 \0 6\v \0 \x006\f \0 \x006\b\v (\b" \x006\f  \x006\b \0A\x006 \0 6\f \0 6\b\v\v2\x7F \0("Aj (\0 (\0\0 \0("\0Aj (\f \0(\0\0\vj\x7F \0Aj" (Aw* Aj!@ ("A\0H@A\0!\0@ \0 A\xFF\xFF\xFF\xFF\x07qO\r   \0Atj/\0 \0Aj!\0 (!\f\0\v\0\v   \`\v\v\x91\b\v\x7F \0E@ \x96\v A@O@A\xC0\xB1A06\0A\0\v\x7FA A\vjAxq A\vI\x1B! \0A\bk"("	Axq!\b@ 	AqE@ A\x80I\r Aj \bM@ ! \b kA\xA4\xB5(\0AtM\r\vA\0\f\v  \bj!\x07@  \bM@ \b k"AI\r   	AqrAr6  j" Ar6 \x07 \x07(Ar6  \x84\f\vA\xDC\xB1(\0 \x07F@A\xD0\xB1(\0 \bj"\b M\r   	AqrAr6  j" \b k"Ar6A\xD0\xB1 6\0A\xDC\xB1 6\0\f\vA\xD8\xB1(\0 \x07F@A\xCC\xB1(\0 \bj" I\r@  k"AO@   	AqrAr6  j"\b Ar6  j" 6\0  (A~q6\f\v  	Aq rAr6  j" (Ar6A\0!\bA\0!\vA\xD8\xB1 \b6\0A\xCC\xB1 6\0\f\v \x07("Aq\r Axq \bj"\v I\r \v k!\f \x07(\f!@ A\xFFM@ \x07(\b" F@A\xC4\xB1A\xC4\xB1(\0A~ Avwq6\0\f\v  6\f  6\b\f\v \x07(!
@  \x07G@ \x07(\b" 6\f  6\b\f\v@ \x07("\x7F \x07Aj \x07("E\r \x07Aj\v!\b@ \b! "Aj!\b ("\r\0 Aj!\b ("\r\0\v A\x006\0\f\vA\0!\v 
E\r\0@ \x07("At"(\xF4\xB3 \x07F@ A\xF4\xB3j 6\0 \rA\xC8\xB1A\xC8\xB1(\0A~ wq6\0\f\v@ \x07 
(F@ 
 6\f\v 
 6\v E\r\v  
6 \x07("@  6  6\v \x07("E\r\0  6  6\v \fAM@  	Aq \vrAr6  \vj" (Ar6\f\v   	AqrAr6  j" \fAr6  \vj" (Ar6  \f\x84\v !\v \v"@ A\bj\v \x96"E@A\0\v  \0A|Ax \0Ak(\0"Aq\x1B Axqj"   K\x1B\xD4 \0\x8E \v\r\0 \0  A\x8D\v\0 \0  \0)\xD0A\0A\0\xB0\v\xA2\x7F#\0Ak"$\0@ \0(\0"-\0\0A#G\r\0 -\0A!G\r\0 Aj!@  6\f@@  M\r@ -\0\0"A
k\0\0\0\v \xC0A\0H@ A A\fjM! (\f! A~qA\xA8\xC0\0F\r A\x7FG\r\v\v Aj!\f\v\v \0 6\0\v Aj$\0\v&\0 )\0"B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v \v\xCC\x7F~#\0A\xE0\0k"$\0 AjA\0A\xC8\0\xFC\v\0  64  6\f  \x006\b   j68  60  6X  6L  6 A 6B\x80\x80\x80\x800!@@ A\bj"\xAA\r\0 \xD8"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 (A\xAA\x7FF\r A\xB6\x85A\0\x1B\v \0  A\bj Aj\x8DB\x80\x80\x80\x80\xE0\0!\v A\xE0\0j$\0 \v^\x7F@ B\x80\x80\x80\x80pT\r\0 \xA7"/ G\r\0 ( "E\r\0 )\0"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )\b"B\x80\x80\x80\x80PT\r\0 \0 \xA7 \0\0\v\vJ\x7F@ B\x80\x80\x80\x80pT\r\0 \xA7"/ G\r\0 ( "E\r\0 \0 )\0" \0 )\b" \0Aj  \0(\0\0\v\v8\x7F \0A0k"A
O\x7F \0A\xC1\0k M@ \0A7k\v  \0A\xD7\0k \0A\xE1\0k O\x1B \v\vI\x7F B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0   \xA2\v\x81\0@ A\xFF\0M\r\0@A\xE8\xB6(\0(\0E@ A\x80\x7FqA\x80\xBFF\r\f\v A\xFFM@ \0 A?qA\x80r:\0 \0 AvA\xC0r:\0\0A\v A\x80@qA\x80\xC0G A\x80\xB0OqE@ \0 A?qA\x80r:\0 \0 A\fvA\xE0r:\0\0 \0 AvA?qA\x80r:\0A\v A\x80\x80kA\xFF\xFF?M@ \0 A?qA\x80r:\0 \0 AvA\xF0r:\0\0 \0 AvA?qA\x80r:\0 \0 A\fvA?qA\x80r:\0A\v\vA\xC0\xB1A6\0A\x7F\v \0 :\0\0A\v\x7F\x7F~ \0\xBD"B4\x88\xA7A\xFFq"A\xFFG| E@  \0D\0\0\0\0\0\0\0\0a\x7FA\0 \0D\0\0\0\0\0\0\xF0C\xA2 \x92!\0 (\0A@j\v6\0 \0\v  A\xFE\x07k6\0 B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x80\x7F\x83B\x80\x80\x80\x80\x80\x80\x80\xF0?\x84\xBF \0\v\v\xBC\0@@@@@@@@@@@ A	k\0\b	
\b	
	

\b	\x07\v  (\0"Aj6\0 \0 (\x006\0\v  (\0"Aj6\0 \0 2\x007\0\v  (\0"Aj6\0 \0 3\x007\0\v  (\0"Aj6\0 \0 0\0\x007\0\v  (\0"Aj6\0 \0 1\0\x007\0\v  (\0A\x07jAxq"A\bj6\0 \0 +\x009\0\v \0  \0\0\v\v  (\0"Aj6\0 \0 4\x007\0\v  (\0"Aj6\0 \0 5\x007\0\v  (\0A\x07jAxq"A\bj6\0 \0 )\x007\0\vo\x7F \0(\0",\0\0A0k"A	K@A\0\v@A\x7F! A\xCC\x99\xB3\xE6\0M@A\x7F  A
l"j  A\xFF\xFF\xFF\xFF\x07sK\x1B!\v \0 Aj"6\0 ,\0 ! !A0k"A
I\r\0\v \v\xF8\x7F~#\0A@j"\b$\0 \b 6< \bA)j! \bA'j! \bA(j!@@@@@A\0!\x07@ !\r \x07 A\xFF\xFF\xFF\xFF\x07sJ\r \x07 j!@@@@ "\x07-\0\0"\v@@@@ \vA\xFFq"E@ \x07!\f\v A%G\r \x07!\v@ \v-\0A%G@ \v!\f\v \x07Aj!\x07 \v-\0 \vAj"!\vA%F\r\0\v\v \x07 \rk"\x07 A\xFF\xFF\xFF\xFF\x07s"J\r	 \0@ \0 \r \x07^\v \x07\r\x07 \b 6< Aj!\x07A\x7F!@ ,\0A0k"
A	K\r\0 -\0A$G\r\0 Aj!\x07A! 
!\v \b \x076<A\0!\f@ \x07,\0\0"\vA k"AK@ \x07!
\f\v \x07!
A t"A\x89\xD1qE\r\0@ \b \x07Aj"
6<  \fr!\f \x07,\0"\vA k"A O\r 
!\x07A t"A\x89\xD1q\r\0\v\v@ \vA*F@\x7F@ 
,\0A0k"A	K\r\0 
-\0A$G\r\0\x7F \0E@  AtjA
6\0A\0\f\v  Atj(\0\v! 
Aj!A\f\v \r 
Aj! \0E@ \b 6<A\0!A\0!\f\v  (\0"\x07Aj6\0 \x07(\0!A\0\v! \b 6< A\0N\rA\0 k! \fA\x80\xC0\0r!\f\f\v \bA<j\x94"A\0H\r
 \b(<!\vA\0!\x07A\x7F!	\x7FA\0 -\0\0A.G\r\0 -\0A*F@\x7F@ ,\0A0k"
A	K\r\0 -\0A$G\r\0 Aj!\x7F \0E@  
AtjA
6\0A\0\f\v  
Atj(\0\v\f\v \r Aj!A\0 \0E\r\0  (\0"
Aj6\0 
(\0\v!	 \b 6< 	A\0N\f\v \b Aj6< \bA<j\x94!	 \b(<!A\v!@ \x07!A!
 ",\0\0"\x07A\xFB\0kAFI\r\v Aj! A:l \x07jA\xAF\xA2j-\0\0"\x07AkA\xFFqA\bI\r\0\v \b 6<@ \x07A\x1BG@ \x07E\r\f A\0N@ \0E@  Atj \x076\0\f\f\v \b  Atj)\x0070\f\v \0E\r\b \bA0j \x07  \x93\f\v A\0N\r\vA\0!\x07 \0E\r\b\v \0-\0\0A q\r\v \fA\xFF\xFF{q"\v \f \fA\x80\xC0\0q\x1B!\fA\0!A\xA8"! !
@@\x7F@@@@@@\x7F@@@@@@@ -\0\0"\x07\xC0"ASq  \x07AqAF\x1B  \x1B"\x07A\xD8\0k!	
\0\v@ \x07A\xC1\0k\x07\v\0\v \x07A\xD3\0F\r\v\f\v \b)0!A\xA8"\f\vA\0!\x07@@@@@@@ \b\0\v \b(0 6\0\f\x1B\v \b(0 6\0\f\v \b(0 \xAC7\0\f\v \b(0 ;\0\f\v \b(0 :\0\0\f\v \b(0 6\0\f\v \b(0 \xAC7\0\f\vA\b 	 	A\bM\x1B!	 \fA\br!\fA\xF8\0!\x07\v ! \x07A q!\r \b)0""\x1BPE@@ Ak" \x1B\xA7Aq-\0\xC0\xA6 \rr:\0\0 \x1BB\x88"\x1BB\0R\r\0\v\v !\r \fA\bqE Pr\r \x07AvA\xA8"j!A!\f\v ! \b)0""\x1BPE@@ Ak" \x1B\xA7A\x07qA0r:\0\0 \x1BB\x88"\x1BB\0R\r\0\v\v !\r \fA\bqE\r 	  k"  	H\x1B!	\f\v \b)0"B\0S@ \bB\0 }"70A!A\xA8"\f\v \fA\x80q@A!A\xA9"\f\vA\xAA"A\xA8" \fAq"\x1B\v!  \xA1!\r\v  	A\0Hq\r \fA\xFF\xFF{q \f \x1B!\f B\0R 	rE@ !\rA\0!	\f\v 	 P  \rkj"  	H\x1B!	\f\r\v \b-\x000!\x07\f\v\v \b(0"A\xD8\xB1 \x1B"\rA\0A\xFF\xFF\xFF\xFF\x07 	 	A\xFF\xFF\xFF\xFF\x07O\x1B"\x07\xEE" \rk \x07 \x1B" \rj!
 	A\0N@ \v!\f !	\f\f\v \v!\f !	 
-\0\0\r\f\v\v \b)0"\x1BPE\rA\0!\x07\f	\v 	@ \b(0\f\vA\0!\x07 \0A  A\0 \fa\f\v \bA\x006\f \b \x1B>\b \b \bA\bj"\x0760A\x7F!	 \x07\v!\vA\0!\x07@@ \v(\0"\rE\r\0 \bAj \r\x91"\rA\0H\r \r 	 \x07kK\r\0 \vAj!\v \x07 \rj"\x07 	I\r\v\vA=!
 \x07A\0H\r\f \0A   \x07 \fa \x07E@A\0!\x07\f\vA\0!
 \b(0!\v@ \v(\0"\rE\r \bAj"	 \r\x91"\r 
j"
 \x07K\r \0 	 \r^ \vAj!\v \x07 
K\r\0\v\v \0A   \x07 \fA\x80\xC0\0sa  \x07 \x07 H\x1B!\x07\f\b\v  	A\0Hq\r	A=!
 \0 \b+0  	 \f \x07 I\0"\x07A\0N\r\x07\f
\v \x07-\0!\v \x07Aj!\x07\f\0\v\0\v \0\r	 E\rA!\x07@  \x07Atj(\0"\0@  \x07Atj \0  \x93A! \x07Aj"\x07A
G\r\f\v\v\v \x07A
O@A!\f
\v@  \x07Atj(\0\rA! \x07Aj"\x07A
G\r\0\v\f	\vA!
\f\v \b \x07:\0'A!	 !\r \v!\f\v 	 
 \rk"\v 	 \vJ\x1B" A\xFF\xFF\xFF\xFF\x07sJ\rA=!
   j"	 	 H\x1B"\x07 K\r \0A  \x07 	 \fa \0  ^ \0A0 \x07 	 \fA\x80\x80sa \0A0  \vA\0a \0 \r \v^ \0A  \x07 	 \fA\x80\xC0\0sa \b(<!\f\v\v\vA\0!\f\vA=!
\vA\xC0\xB1 
6\0\vA\x7F!\v \bA@k$\0 \v\x9F|~\x7F \0\xBD"B\x80\x80\x80\x80\x80\xFF\xFF\xFF\xFF\0\x83B\x81\x80\x80\x80\xF0\x84\xE5\xF2?T"E@D-DT\xFB!\xE9? \0\x99\xA1D\x07\\3&\xA6\x81<  \x9A B\0Y"\x07\x1B\xA1\xA0!\0D\0\0\0\0\0\0\0\0!\v \0 \0 \0 \0\xA2"\xA2"DcUUUUU\xD5?\xA2    \xA2"    DsS\`\xDB\xCBu\xF3\xBE\xA2D\xA6\x927\xA0\x88~?\xA0\xA2De\xF2\xF2\xD8DC?\xA0\xA2D(V\xC9"mm?\xA0\xA2D7\xD6\x84\xF4d\x96?\xA0\xA2Dz\xFE\xC1?\xA0      D\xD4z\xBFtp*\xFB>\xA2D\xE9\xA7\xF02\xB8?\xA0\xA2Dh\x8D\xF7&0?\xA0\xA2D\x83\xE0\xFE\xC8\xDBW?\xA0\xA2D\x93\x84n\xE9\xE3&\x82?\xA0\xA2D\xFEA\xB3\x1B\xBA\xA1\xAB?\xA0\xA2\xA0\xA2 \xA0\xA2 \xA0\xA0"\xA0! E@A Atk\xB7" \0   \xA2  \xA0\xA3\xA1\xA0"\0 \0\xA0\xA1"\0 \0\x9A \x07\x1B\v |D\0\0\0\0\0\0\xF0\xBF \xA3" \xBDB\x80\x80\x80\x80p\x83\xBF"  \xBDB\x80\x80\x80\x80p\x83\xBF" \0\xA1\xA1\xA2  \xA2D\0\0\0\0\0\0\xF0?\xA0\xA0\xA2 \xA0 \v\vE| \0  \xA2"9\0   D\0\0\0\0\0\xA0A\xA2"  \xA1\xA0"\xA1" \xA2  \xA0 \xA2  \xA2 \xA1\xA0\xA09\0\v\xDF\x7F \0(T!@ \0(" \0("G@ \0 6 \0   k"\x98 I\r\v@ (A\xE1\0G@ (\0!\f\v  ("6\0\v (\f j   (\b k"  K\x1B"\xD4  (\0 j"6\0  (M\r\0  6 (\b" K@ (\f jA\0:\0\0 \v E\r\0 \0(\0AqE\r\0 (\f jAkA\0:\0\0\v \v\x7F#\0Ak" \x009\b \0 +\b\xA2\v(\0 D\0\0\0\0\0\0\xC0\x7F\xA2 \0D\x8B\xDDf \x96\xC0\xA0\xF1\xA2D\0\0\0\0\0\0\xC0\x7F\xA2\v\xAB	\x7F Aq!\x07 AvAq!
@@ A\x99 J\r ! -\0\x80\xAB"Aq!	\x7F Aj Av"A\x07G\r\0 Aj! A\x81\xABj,\0\0"A\xFFq! A\0N@ A\x07j! \f\v -\0\x80\xAB! A\xBF\x7FM@ A\bt rA\xF9\xFEk! Aj\f\v A\x83\xABj-\0\0 Atr A\btrA\xF9\xFE\xFEk! Aj\v!  jAj!@@ 	AF@ \x07E\r \x07AF\r  
j!@  M\r \0  Ajp Aj!E\r\0\v\f\v  	vAqE\r\v \0  pE\r\v\vA\x7F!\b\v \b\v\xAC\x7F \0(\0! \0(\b!@ Aj" NE@@  Atj(\0"  Atj(\0F@ !\f\v@  "AjJ@  Atj(  Aj"Atj(\0F\r\v\v  Atj" 6\0   Atj(6 Aj!\v Aj!\f\v\v \0 6\0\v\xCF\x7F /\0\0 -\0AtA\x80\x80\xFC\0qr K@ \0A\x006\0A\0\vA\x7F!  Ak"Alj"/\0\0 -\0Atr K\x7FA\0!@  kAHE@  jAm"    Alj"/\0\0 -\0AtA\x80\x80\xFC\0qrI"\x1B!   \x1B!\f\v\v \0  Alj"\0/\0\0 \0-\0"\0AtA\x80\x80\xFC\0qr6\0 At \0AvrA jA\x7F\v\v\xB8\x7F#\0Ak"$\0@ @ Aj \0A  \xB4AF@ (!\0\f\v \0A\x86\xF6F@A\x85\xF6!\0\f\v \0A\xE3?G@ \0A\xD3?G\rA\x90\x07!\0\f\vA\xB0\x07!\0\f\v \0A\xFF\0M@ \0A k \0 \0A\xE1\0kAI\x1B!\0\f\v Aj \0A\0  \xB4! (" \0 A\xFF\0K\x1B \0 AF\x1B!\0\v Aj$\0 \0\v\xC1\v\x7F#\0A\xD0\0k"$\0A~!@@@@@@@@@@@ \0\x07\0\x07
\vA\0!\0A\x7F! A\x81A\0H\r	@ \0 (\0NE@ (\b" \0At"\x07j(\0!@   \x07j(OE@  6 A Aj\xCC Aj! (\b!\f\v\v \0Aj!\0\f\v\vA\0!\0 A\x006\0 A\x81A\0H\r	@ \0 (\0N\r	 (\b" \0At"j(\0!@   j(OE@ A\x8F\xFC6  6 A Aj\xCC Aj! (\b!\f\v\v \0Aj!\0\f\0\v\0\vA\0! A3\x81A\0H\r@  (\0N\r\b (\b"\0 At"\x07j(\0!@A\0!  \0 \x07j(OE@@ AFE@  6  A\xFB\xE7\x07j6 A Aj\xCC Aj!\f\v\v Aj! (\b!\0\f\v\v Aj!\f\0\v\0\vA\0!\0 A\x81A\0H\r@ \0 (\0N\r\x07 (\b" \0At"j(\0!@   j(OE@  Am"\x07A\xE6\xE3\x07j6  \x07Afl jA\xE6\xE3\x07j6 A Aj\xCC Aj! (\b!\f\v\v \0Aj!\0\f\0\v\0\v@ \bA\xD7K\rA\x7F!\0 \b-\0\xA0\xF4"\vAk!\fA\0!A\0!A\0!	A\0!@  \vG@ Aj"\r Atj \bA\xA1\xF4j-\0\0A\x80\xC0\0A\x80\xC0\x07 \b-\0\xA2\xF4"
A\btA\x80>q"A\x80 I\x1Br r"6\0 Aj! 
AvAq"\x07@ 	AN\r At \rjA\x006\0 A\bj 	Atj 6\0 	Aj!	 \x07! Aj!\v 
\xC0A\0H@ Aj AtjA\x8F\xFC6\0 Aj!\v  \fH@ Aj AtjA\x8D\xC0\x006\0 Aj!\v  \0 A\xB0\xF3\x07F\x1B!\0 \bAj!\b Aj! !\f\v\v \bAj!\bAA \0A\0N\x1B!
 Aj" (\fAtj!\v (\bAt j! \0At j!\f At(\x94\x87!A\0!\x07 AF!\r@ \x07 
F\r \x07A\xB0\xF3\x07j!A\0!@  G@ \0A\0N@ \f 6\0\v@@@ Ak\0\v  A\xFB\xE7\x07j6\0\f\v  An"	 \r 	 	A{l j"OqjA\xFB\xE7\x07j6\0 \v A\xFB\xE7\x07j6\0\v   Aj\xCC Aj!\f\v\v \x07Aj!\x07\f\0\v\0\v\0\v@ AK\r A\xF4\xE7\x076A!@ Aj!\0A tA\xA0\x90\bqE@ Aj Atj -\0\x80\x87A\x80\x808r6\0 Aj! \0!\f\v\v Aj" AtjA\xFF\x8086\0  Aj \xCC \0!\f\0\v\0\vA\x97\xAAA\x9F\x91A\xD4A\xDC\xAA\0\0\v@ AF\r   \x9F"A\0H\r A\x006\0 Aj!\f\0\v\0\vA\0!\0 A\x81A\0H\r\0@ \0 (\0N\r (\b" \0At"j(\0!@   j(OE@ B\x8F\xFC\x83\x80\xB0\x9C\b7  6 A Aj\xCC Aj! (\b!\f\v\v \0Aj!\0\f\0\v\0\vA\x7F!\f\vA\0!\v A\xD0\0j$\0 \v8\0A\xC0\x92 \xB9"A\0H@A~\v \0 AM\x7FB \xAD\x86\xA7 AtA\xE8\x96j(\0\v\x9B\v%\0 \0A0kA
I \0A\xC1\0kAIr \0A\xE1\0kAIr \0A\xDF\0Fr\v\xA3\x7F (\0"A\xFE\xFF\x07O@ \0A\x80\xC1\0A\04A\x7F\v@ Av"E@ \0AA\x7F\xBD\f\v (\b Atj"Ak(\0"A\x7FF@ A\bk(\0!\v \0(0! A\xFF\xFFM@ \0A%A$ \x1B \xB7A\0!@  (\0N\r \0 At" (\bj/\0 \0A\x7F (\b j(Ak" A~F\x1BA\xFF\xFFq Aj!\f\0\v\0\v \0A'A& \x1B \xB7A\0!@  (\0N\r \0 At" (\bj(\0\xBE \0 (\b j(Ak\xBE Aj!\f\0\v\0\vA\0\v\x9D\x7F@@ (\0-\0\0A\xDB\0F@ \0  \xBB\r\f\v \0  A\xE5"A\0H\r\0 A\xFF\xFF\xFF\xFFK\r \0(L! B\x007 A*6  6\f A\x006\b B\x007\0 B\x007 \0(0@  \0((\xA5!\v   \xBAE\r y\vA\x7F\vA\0\v\x84\x07\x7F#\0A\xD0\0k"$\0 \0(!  \0(\f"64 A\x0060 B\x007(  6H A\x006D B\x007<  6  A\x006 B\x007  6\f A\x006\b B\x007\0  A\xD4\0 \x1B"68  6L  6$  6 A(j"AA \x1B\xE4! (0!	@@@ \r\0 A<j 	 (( \0(\b \0(\0A\x82\r \x83 (0!	\r\0  	 (( \0(\b \0(\0A\x82\r\0A\xB0\xB4\x82!\vA\xC1\0!\x07A!\f (D!\r (<!A\x7F!A\x7F!\b@@ 
 I@ \r 
Atj"(\0" ("  I\x1B!@  G@@  \x07 \fjI  \x07OqE@ Aj"A\xFAO\r At(\xD0\xB9"\vAv!\x07 \vA\bvA\xFF\0q!\f\f\v\v   \v \x9E!@ A\x7FG@  \bF@ \b!\f\v Aj  \bp\v !\v Aj! Aj!\b\f\v\v 
Aj!
\f\v\v@ A\x7FF@ (!\f\v Aj  \bp (!\r\vA\0!\x07  ("AmA\bA\xD5\0A\0\xD9A\0!@  \x07ME@  \x07Atj"(\0!\b (!@@ \x07Aj"\x07 O\r\0  \x07Atj"(\0 K\r\0 ("   K\x1B!\f\v\v  Atj" 6  \b6\0 Aj!\f\v\vA\0! \0A\x006\0 \0   (\b"\0 (\0A\0\x82\r (H \rA\0 (L\0 (4 	A\0 (8\0 (  A\0 ($\0 (\f \0A\0 (\0\f\vA\x85\xB5A\x9F\x91A\xBBA\x9E\xEE\0\0\0\v\v (H (DA\0 (L\0 (4 	A\0 (8\0 (  A\0 ($\0 (\f (\bA\0 (\0A\x7F!\v A\xD0\0j$\0 \v'\0 \0  \0A\0 \0 \xBE \0  \0(kAk\xBE\v\0 \0  \0  \0(kAk\xBE\v3\x7F \0(0! A\xFF\xFFL@ \0AA \x1B \xB7\v \0AA \x1B \xBD\v\xCD\v\x7F@@@@ ("E@A\x7F! \0 \xA2E\r\f\v \0(L("AjA\0 At (\b\0"\x07E\r (!\b@  \bFE@ (  Atj!@@  (\0"E\r\0A! (\bE\r \x07 Atj 6\0 Aj!!\f\v\v Aj!\f\v\v  (K\rA\0! \x07 AA\xD3\0A\0\xD9 A\0 A\0J\x1B!
A\x7F! Ak!\v@  
G@ \x07 Atj(\0!\b\x7F@ \r\0 (\0  \vGr\r\0A!	A\0\f\vA\0!	 \0AA\0\xBD\v! \bA\fj!\fA\0!@  \b(\bOE@ \0 \f Atj(\0\xA7 Aj!\f\v\v 	E@ \0A\r \xBD! \0(\0 j \0( kAk6\0\0\v Aj!\f\v\v@ (\0E\r\0 \x7F \0AA\0\xBDA\0\v! \0 \xA2@ \0(L("\0Aj \x07A\0 \0(\b\0A\x7F\v E\r\0 \0(\0 j \0( kAk6\0\0\v@ A\x7FFE@ \0(\0 j"(\0\0  \0( kAk6\0\0!\f\v\v \0(L("\0Aj \x07A\0 \0(\b\0\vA\0!\v \v \0\xE9A\x7F\vA\xE2=A\xFE\x90A\x9A
A\xFE'\0\0\v)\x7F \0(D"A\0H@ \0 \0 \0A\xC8\0jA\0A\0\xBC"6D\v \vv\x7F@ \0(P"E@\f\v  \0(Tj!\x07 A!A!@  \x07O\r@ A"\b G\r\0   }\r\0 @ \0 A\xFFq\v Aj!\v Aj!  \bjAj!\f\0\v\0\v \v\x92\x7F#\0Ak"$\0 (\0!@@A!@@@@@ -\0\0"A\xE9\0k\0\vA!\f\v A\xF3\0F\r\v  6\0\f\vA\b!\v  q@  6\0 \0A\xBF\xBA 4A\x7F! Aj!  r!\f\v\v\v Aj$\0 \v\xBB\x7F#\0A\xD0\0k"$\0A k! Aj! \0A\xD0\0j! \0A\xE8\0j!
 AtA r! \0(!@@@@@ \0(" \0(O\r -\0\0"A)F A\xFC\0Fr\r \0(!\f  6(@@@@@@@@@@@@@@@ A\xDB\0k	\0\v@@@@@ A$k\v





\0\v A\xFB\0k	\x07\b\v  Aj"6( \0A\fA\v \0(4\x1B\f\v  Aj6( \0(@!\b E\r\b \0A, \0AA \0(8\x1B\f\v \0((@ \0A\x96\xC6\0A\04\f\v -\0A:kA\xFFqA\xF6I\r  Aj6, A,j"A\xE6@ (,"-\0\0"A,G\r\0  Aj6, -\0"A:kA\xFFqA\xF6I\r\0 A\xE6 (,-\0\0!\v A\xFFqA\xFD\0G\r\f\v@ -\0A?F@A!	A\0!\bA\0!\x07A\0!@@@@@@@ -\0"A:k\0\v@@ A\xE9\0k\x07\x07\x07\0\v A!F@\f\v A-F\r\0 A\xF3\0G\r\v  Aj6( \0 A(j"	\xAB"A\0H\r (("-\0\0A-F@  Aj6( \0 	\xAB"A\0H\r\vA\0  r  q\x1B\r \0A\xE0:A\04\f\v \0 Aj6 \0(@!\b \0 \xB6\r  \0(6( \f! \0 A(jA)\xA4E\r\f\v \0 A(j"	A:\xA4\r \0A\0A \0(8" A\bq\x1B A\bq\x1B68 \0A\0A \0(4" Aq\x1B Aq\x1B64 \0A\0A \0(0"\x07 Aq\x1B Aq\x1B60 \0 ((6 \0(@!\b \0(! \0 \xB6\r  \0(6( \0 	A)\xA4\r \0 68 \0 64 \0 \x0760\f\vA!\x07A!	 -\0"A=F@A!\f\vA! A!G\r\v  	j!A\x7F!@ \x07\r\0 \0((\r\0 \0(@!\b \f!\v \0A)A( A!F"\x07\x1BA\0\xBD! \0 6 \0 \xB6\r  \0(6( \0 A(jA)\xA4\r \0AA \x07\x1B \0(\f\r \0(\0 j \0( kAk6\0\0\f\v  Aj6( 
 A(j\xBE@ \0A\xB9\xF6\0A\04\f\v@ \0(P"E\r\0  \0(Tj! 
A! \0-\0<!@  M\r@@ A"\b G\r\0 
  }\r\0   j-\0F\r\v  \bjAj!\f\v\v \0A\xA4\xF6\0A\04\f\v  
 
AAj\`  \0-\0< \0A6H\f\v \0A\x9F\xD2\0A\04\f\v  Aj6( A\0 A\0\v \0(@"\bA\xFFN@ \0A\x90?A\04\f\v \0 \bAj6@ \0(! \0  \b\xEA \0 ((6 \0 \xB6\r  \0(6( \0  \b\xEA \0 A(jA)\xA4E\r\v\f\v@@@ \0\x7F@@@ -\0"A0k\v\v\v\v\v\v\v\v\0\v A\xE2\0F\r A\xEB\0G\r
 -\0A<F\rA\x8F\xF6\0! \0((\r \0\xBDE\r
\f\vA \0(0E\rAA \0((\x1B\f\vA \0(0E\r\0AA \0((\x1B\v  Aj"6(\f\v  Aj6, 
 A,j\xBE@A\xB9\xF6\0! \0((\r \0\xBD\r\f\x07\v \0 
A\0\xAA"!@ \r\0 \0  
A\0\xBC"\r\0A\xA0\x8E! \0((\r \0\xBD\r\f\x07\v \0(@!\b \0(! \0  \0(0j \xEA@ E@ \0  
A\xBC\f\v \0 
A\xAA\v  (,6(\f\f\v  Aj6( -\0! \0((@ A:kA\xFFqA\xF6I\r
 \0A\xCB\xD8\0A\04\f\v A\xF8qA0G\r	  Aj6( A0k! -\0"A\xF8qA0G\r
  Aj6( At jA0k!\f
\v  Aj"\x076(@ A(jA\0\xE6"A\0H\r\0 \f! \0(@"\b L@ \0\xA9 L\r \0(@!\b \0(!\v \0  \0(0jA\xEA \0 A\xFFq\f\v\v \0((E@  \x076( \x07-\0\0"A7M@A\0! A3M@  Aj"\x076( A0k! -\0!\v A\xF8qA0G@ !\f\f\v  \x07Aj6( A\xFFq AtjA0k! \x07-\0"A\xF8qA0G\r\v  \x07Aj6( At jA0k!\f\v\v  Aj6(\f
\v \0A\xF8\xD8\0A\04\f\v \0(@!\b @ \0A,\v \0 A,j" A(j\xBB\r \0 \xA8 y\r E\r\v \0A,\f\v \0((E\r \0A\x96\xC6\0A\04\f\r\v A?F\r\v\v \0 Aj A(jA\0\xE5"A\0H\r\v\f\v \0AA \0(8\x1B\v \f!\f\v  Aj"6( \0A
A	 \0(4\x1B\f\vA\0!\v \0(@!\b \0(! @ \0A,\v@@@ A\x80\x80\x80\x80N@A\x07!@ A\x82\x80\x80\x80k\0\v \0 Aj"	\xA8 	yE\r\f
\v \0 \0(0\x7F  \0((\xA5 \v\xA7\f\vA\b!\v \0  Ajy\v E\r\0 \0A,\v ((! A\0H\r\0@@@@@@ -\0\0"A*k\0\v A?F\r A\xFB\0G\r -\0A:kA\xFFqA\xF5K\r \0((E\r\f\v Aj!A\0!\vA\xFF\xFF\xFF\xFF\x07!\x07\f\vA!\v Aj!A\xFF\xFF\xFF\xFF\x07!\x07\f\vA!\x07  Aj"6(A\0!\v\f\v  Aj6( A(j"	A\xE6"\v!\x07@ (("-\0\0"A,G\r\0  Aj6(A\xFF\xFF\xFF\xFF\x07!\x07 -\0"A:kA\xFFqA\xF6I\r\0 	A\xE6"\x07 \vH\r ((-\0\0!\v A\xFFqA\xFD\0G@ \0((E\r\v \0 A(jA\xFD\0\xA4\r ((!\vA!\r -\0\0A?G\x7FA  Aj"6(A\0\v! \0( k!	 \0(\0 j!A\0!A\0!@@@@@@  	H@  j"-\0\0"-\0\xA0\xB9!@@@@@ Ak,\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\0\0\x07\x07\x07\x07\v /\0At j!\f\v /\0At j!\vA\0!\r\f\vA! -\0 j!\v  j!\f\v\v E\r\v \0(@ \bG@ \0 A\xA5\r \0(\0 jA:\0\0 \0(\0 j \b:\0 \0(\0 j \0-\0@Ak:\0 \0( k!	\v \vE\r\f\v \v\r \b \0(@F\r\0 \0 A\xA5\r \0(\0 jA:\0\0 \0(\0 j \b:\0 \0(\0 j \0-\0@Ak:\0 Aj!\v \x07E@ \0 6\f\v \rAt! \x07A\xFF\xFF\xFF\xFF\x07F"E \x07AGqE@ \0  Aj\xA5\r \0(\0 j Ar:\0\0 \0(\0 j" \rAtAA\0 \x1Bj 	j6\0 \r@ A*:\0 \0(\0 jA\0:\0 \0A+A\0\xEA\v \x07A\xFF\xFF\xFF\xFF\x07G\r \0A\r \xA6\f\v \0  A\vj\xA5\r \0(\0 j Ar:\0\0 \0(\0 j"A\x1B:\0   	jAj6\0 \0(\0 jA\0:\0 \0(\0" j \x076\0\x07 A\vj! \0 \r\x7F  jA*:\0\0 \0(\0 jA\0:\0\fAA\v k \x07 \xA5\f\v \r \vAG \x07A\xFF\xFF\xFF\xFF\x07GrrE@ \0 As \xA6\f\v \0  \r \x07 \vGq"AtAj\xA5\r\0 \0(\0 jA\x1B:\0\0 \0(\0 jA\0:\0 \0(\0"\b j \x076\0 Aj! @  \bjA*:\0\0 \0(\0 jA\0:\0\x07\v \x07 \vF@ \0A \0A\0 \0  \0(kAj\xBE\f\v \0AA \x1B k \x07 \vk \xA5\f\v \0\xE9\f\v \0 6 E\r \0 \0(" \fk"\xCB\r  k"\f@ \0(\0 j" j  \f\xFC
\0\0\v E\r \0(\0"\f j  \fj \xFC
\0\0\f\v\v \0A\x87-A\04\f\v \0 A\04\f\v \0A\xE65A\04\vA\x7F!\v A\xD0\0j$\0 \v\x99\x7F \0Aj! \0( \0(\0"AGrE@  6\0\v@ E@ !@ A\0HE@  Atj" (\x006 Ak!\f\v\v  6\0\f\v     \x98!  \0(\0Atj 6\0 \0(\0!\v \0 Aj6\0 \0\xE7\v3\0 \x7F (LA\0H@ \0  \xC7\f\v \0  \xC7\v"\0F@\v \0 n\v(\x7F Av" \0(\0H\x7F \0 Atj( vAqA\0\v\vq\x7F AM@ A\0 A\0J\x1B!A  k!A\0!@  FE@ \0 At"\x07j   \x07j(\0" tr6\0 Aj!  v!\f\v\v \vA\xB2\x99A\xC1\x91A\xB0A\xD9\xE0\0\0\0\v%\x7F \0(\0"At \0 Atj(\0"\0gA\x7FsjA\x7F \0\x1B\v\x8A~ \0\x7F@ (\r\0 (\0AG\r\0A\0\f\v  \xB1"\0A\x83x \0 kAj" A\x83xN\x1B"\0kA\xB1\bkA\0\xD8~ (\0AF@ 5\f\v )\vA\x83x \0k\xAD\x86" B\xFF\xFF\xFF\xFF\xFF\xFF\xFFV"\xAD\x88!  j\v6\0 \v\x9E\x7F#\0Ak"$\0@@ A\0H\r\0 \0(" K@ \0(\0  !\f\v \0(\0!  k" \0(O@  \0(\b \0(k6\0 A\xE4\xAF \x95 A\x006\0A\x7F! \0A\x7F6\f\v  \0( Atj(\0 !\v  6\0\v Aj$\0 \v<\x7F \0(\f \0(\b"kAL@ A\0;\0 \0\xCDA\x7F\v  /\0\0;\0 \0 Aj6\bA\0\v<\x7F \0(\f \0(\b"kA\x07L@ B\x007\0 \0\xCDA\x7F\v  )\0\x007\0 \0 A\bj6\bA\0\v\xFD\x7F@@ A\0H\r\0  \0( "I\r\0@  k" \0(("I@ \0($ Atj(\0"\r\f\vA\x7F! \0(\0 \0A$jA \0A(j AjT\r@  \0((N\r \0($ AtjA\x006\0 Aj!\f\0\v\0\v \0(\0 \0A,jA \0A4j \0(0AjT@A\x7F!A\0!\f\v \0 \0(0"Aj60 \0(, Atj \0(  j6\0 \0($ Atj  \0( j"6\0A\0!\v  6\0\v \v*\x7F#\0Ak"$\0  7\b \0Aj A\bjA\b\` Aj$\0\v\x83\x7F~#\0Ak"$\0@ B\xFF\xFF\xFF\xFFoX@ \0%A\x7F!\f\vA\x7F! \0 &"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 A\fj A\bj 	\xA7Aw!B\x80\x80\x80\x800! (\b! (\f!\x07@@ A\0H\r\0@  F@A\0!\f\v \0  \0 	 \x07 Atj"\b( 	A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\rA\x7F! Aj! \0  \b( A\x80\x80\xC9A\0N\r\0\v\f\vA\x7F!\v \0 \x07 X \0 	 \0 \v Aj$\0 \v_~\x7F \0)\xD0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 A\xB0\xDE\0\xA7! \0  \0 \0 A\xC6\xC6\0\xA7" A  \0  \0 \v \0 B\xFF\xFF\xFF\xFFoX@ \0%A\x7F\v \0A\0 \xA7 J\v\0A\xCB\xBB \0A\v\xEEA\0G\v\x80\x7FA\xBE\xBB!@@  ("A\xFF\xFF\xFF\xFF\x07q"N\r\0 Aj!\x7F A\0H@  Atj/\0\f\v  j-\0\0\vA%G\r\0A\xA30! Aj N\r\0  AjA\xC4"A\0N\r\v \0 \xC5A\x7F!\v \vP\0#\0Ak"$\0 \0 A\bj )\0H~B\x80\x80\x80\x80\xE0\0 )\bB\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0R\xADB\x80\x80\x80\x80\x84\v Aj$\0\vP\0#\0Ak"$\0 \0 A\bj )\0H~B\x80\x80\x80\x80\xE0\0 )\bB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\xADB\x80\x80\x80\x80\x84\v Aj$\0\vw\x7F@@@@ B \x88\xA7Aj\0\v B\x80\x80\x80\x80\xF0~T\r \xA7"\0 \0(\0Aj6\0 \v \xA7"/AG\r\0 ) "B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80Q\r\v \0A\xA1\xDD\0A\0B\x80\x80\x80\x80\xE0\0!\v \v\xA6\x7F@ A\xFF\0K@A\xF9!@  H\r  jAv"At(\xD0\xB9"Av"\x07 K@ Ak!\f\v A\bvA\xFF\0q \x07j M@ Aj!\f\v\v \0    \xB4\v @ A r  A\xC1\0kAI\x1B!\f\v A k  A\xE1\0kAI\x1B!\v \0 6\0A\vk\x7FA\xF9!@  N@  jAv"At(\xD0\xB9"Av" \0K@ Ak!\f\v A\bvA\xFF\0q j \0K@A Aj!\f\v\0\v\v \0A\xC0\xC5A\x80\xC7A\xB7\v\0 \0A\xA0\xC7A\xC0\xCDA\xB7\v\f\0 \0 )\0\xCE\vI\x7F@ \0(\b j" \0(\fL\r\0 \0  \xC5E\r\0A\x7F\v@ A\0L@A\0\v Ak! \0 \x84E\r\0\vA\x7F\v\x87\x7F ("A\xFF\xFF\xFF\xFF\x07q"E@ \v \0(A\xFF\xFF\xFF\xFF\x07q\x7F A\0H@ /\f\v -\0\v! Ak! k!@@  J\r \0  m"A\0H  Jr\r \0  Aj"A \xC8\r\0\v \vA\x7F\v\xA2\x7F~@@ \0 \xD6"A\0H\r\0 E\rA\xCD3! \0 \0 A\xF1\0 A\0"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80 Q B\x80\x80\x80\x800Qr\x7FA\xCD3 B\x80\x80\x80\x80\xE0\0Q\r \0 @"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\rA\0! \xA7A\xE7\0A\0m \0 A\0N\rA\x8A\xEA\0\vA\0\vA\x7F!\v \v\x80~\x7F \0(\b"A\0 A\0J\x1B! \0Aj!@  FE@  Atj" )\0 |"B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x837\0 Aj! B8\x87!\f\v\v P A&JrE@ \0 Aj6\b  Atj 7\0\v\v\x8D~#\0A k"$\0 )\0!@@@ @ B\xFF\xFF\xFF\xFFoX@ \0%\f\v \xA7" (\0Aj6\0\f\v \0 &"! B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\v@ \0 )\b1"E\r\0B\x80\x80\x80\x800!@@ B\x80\x80\x80\x80pT\r\0 \0  \xA7 J"A\0H\r E\r\0 \0g"B\x80\x80\x80\x80\xE0\0Q\r@ -\0\0Aq@ )"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 A\xC5\0 A\x87\x80A\0H\r )"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 A\xC6\0 A\x87\x80A\0N\r\f\v )\b"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 A\xC4\0 A\x87\x80A\0H\r \0 A\xC2\0 5\0B\x88B\x83B\x80\x80\x80\x80\x84A\x87\x80A\0H\r\v \0 A\xC3\0 5\0B\x88B\x83B\x80\x80\x80\x80\x84A\x87\x80A\0H\r \0 A\xC1\0 5\0B\x83B\x80\x80\x80\x80\x84A\x87\x80A\0H\r \0 N\v \0  \0 \f\v \0 N \0 \v \0  \0 \vB\x80\x80\x80\x80\xE0\0!\v A j$\0 \vU\x7F#\0A k"$\0@ \0  \xF4A\0H@A\x7F!\f\v \0   )\b ) ) (\0 rx! \0 N\v A j$\0 \vH\x7F#\0Ak"$\0A\x7F!@ \0 A\fj \xC0\r\0 (\f"A%kA\\K\r\0 \0A\xE2\xA7A\02A\x7F!\v Aj$\0 \v\x97~\x7F@@ B \x88"B\x07R \xA7AwGqE@ B\x80\x80\x80\x80\xF0~T\r\f\v@ B\x80\x80\x80\x80pT\r\0 \xA7"/A"G\r\0 ) "B \x88"B\x07R \xA7AwGq\r\0 B\x80\x80\x80\x80\xF0~T\r\f\v \0A\xC2/A\0B\x80\x80\x80\x80\xE0\0!\v \v \xA7"\0 \0(\0Aj6\0 \v-\x7F (\0!@  \0 j-\0\0\xBCE@  Aj"6\0\f\v\v\v\x89\x07\x7F@ \0 (\0"j-\0\0A\xFDqA,G\r\0 A
j!\bA\xE4\0! Aj"	!@@ \0 j-\0\0A0k"\x07A\xFFqA	K\r  \x07l j!  k A
m! Aj!A	G\r\0\v \b!\v  	L\r\0  6\0  6\0\v\v!\0 \0B\x90\x81P\xADB\xEEB\xED \0B\x83P\x1B \0B\xE4\0\x81P\xAD}|\vY~ \0B\xED~ \0B\xB1}B\x87| \0B\xED}" B\xE4\0\x81"} B?\x87B\x9C\x7F\x83|B\x9C\x7F\x7F| \0B\xC1\f}"\0 \0B\x90\x81"\0} \0B?\x87B\xF0|\x83|B\x90\x7F|B\xCA\xF1+}\v\xA5\x07\x7F~|#\0A\xE0\0k"$\0B\x80\x80\x80\x80\xE0\0!\f@ \0  Aj"\x07 Aq"	 A\bvAq"E\xCE"\bA\0H\r\0  AvAq k"  H\x1B"A\0 A\0J\x1B!
 At \x07j!\x07A\0! \b!@  
G@ \0 A\bj  At"\vj)\0H\r \x07 \vj +\b"\r\x9D9\0 A\0 \r\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0T\x1B! Aj!\f\v\v \bE@B\x80\x80\x80\x80\xE0~!\f\f\vD\0\0\0\0\0\0\xF8\x7F!\r \0  E A\0Lr|D\0\0\0\0\0\0\xF8\x7F Aj 	\xCC\v\xD1!\f\v A\xE0\0j$\0 \f\v\xE9\x7F~@@~@@ B\x80\x80\x80\x80pT\r\0 \xA7"/A
G\r\0 \0 )  D\0\0\xC0\xFF\xFF\xFF\xDFAe D\0\0\0\0\0\0\xE0\xC1fqE@ \xBD!\f\v \xBD" \xFC"\0\xB7\xBDR\r \0\xAD\f\v \0A\x845A\0B\x80\x80\x80\x80\xE0\0!\f\v \xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x81\x80\x80\x80\x80\x80\x80\xF8\xFF\0T\rB\x80\x80\x80\x80\xE0~\v!  7  \v  B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0}"7  B\x80\x80\x80\x80\xF0~T\r\0 \xA7"\0 \0(\0Aj6\0 \v \v\xFC\x07\x7F~|#\0A\xD0k"$\0B\x80\x80\x80\x80\xE0\0!\v@ \0  A\xC0j Av"AqA\0\xCE"A\0H\r\0 Aq!	 E@ 	AF@ \0A\xAB\x9AA\02\f\v \0A\x82\xF1\0\xC8!\v\f\v +\xF0!\f +\xE8!\r +\xE0! +\xD8! +\x80!A\0!@ AqE\r\0 Aq!\x07 +\xF8\xFC!
 +\xD0\xFC! +\xC8\xFC!\b +\xC0\xFC!@@@@ 	\0\v  6\`  6T  AvAr6\\  \bAlA\xF0\xE3j6X  
AlA\xD0\xE3j6P A\x90jA\xC0\0A\x95\xBC A\xD0\0jf!\f\v  6\x80  6x  AvAr6|  \bAlA\xF0\xE3j6t  
AlA\xD0\xE3j6p A\x90j"A\xC0\0A\x8B\x90 A\xF0\0jf! \x07AG\r  jA :\0\0 Aj!\f\v  6\xA0 A\x90j"\x07A\xC0\0A\xEE\x8FA\xE8\x8F A\x90\xCE\0I\x1B A\xA0jf!  6\x94  \bAj6\x90  \x07jA\xC0\0 kA\xFC\x96 A\x90jf j!\f\v  6\xB4  \bAj6\xB0  6\xBC  AvAr6\xB8 A\x90j"A\xC0\0A\xFC\x8F A\xB0jf! \x07AG\r\0  jA\xAC\xC0\0;\0\0 Aj!\v@ AqE\r\0 \r\xFC! \xFC! \xFC!@@@@ 	\0\v  6\b  6  6\0 A\x90j jA\xC0\0 kA\x8F\x98 f j!\f\v  6(  6$  6  A\x90j" jA\xC0\0 kA\x8F\x98 A jf j" jA-A+ \xFC"A\0H\x1B:\0\0   Au"s k"A<n"6  ADl j6  Aj"jA? kA\xF3\x8F Ajf j!\f\v  \f\xFC6<  68  64  60 A\x90j jA\xC0\0 kA\x9B\x95 A0jf j!\f\v  6H  6D A\xC1\0A\xD0\0 A\fH\x1B6L  A\vjA\foAj6@ A\x90j jA\xC0\0 kA\xD0\x9A A@kf j!\v \0 A\x90j \xE9!\v\v A\xD0j$\0 \v\v\x9A\x7F|@ A\x07G@ \0 Atj"+\0"\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xF7\xFF\0V@D\0\0\0\0\0\0\xF8\x7F  \x9D9\0@ \r\0 \0+\0"D\0\0\0\0\0\0\0\0fE D\0\0\0\0\0\0Y@cEr\r\0 \0 D\0\0\0\0\0\xB0\x9D@\xA09\0\v Aj!\f\v\0\v\v \0 \xCC\v\xDD\x7F|~#\0A\x80k"$\0B\x80\x80\x80\x80\xE0\0! \0 )\0("B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@A\xFF\0 \xA7"("	A\xFF\xFF\xFF\xFF\x07q" A\xFF\0O\x1B! Aj!A\0! 	A\0N!	@  FE@  jA-A\xF8\0\x7F 	E@  Atj/\0\f\v  j-\0\0\v"A\x92\xC4\0F\x1B  A\xFFK\x1B:\0\0 Aj!\f\v\vA\0!  jA\0:\0\0 A\x006\x80@ A	FE@ A\xD0j Atj AF6\0 Aj!\f\v\v@@@@@@@ -\0\0"A+k\0\0\v A6\x80  A\x80j A\xD0jAA\x8FE\r A-G\r (\xD0"E\r A\0 k6\xD0\f\v  A\x80j A\xD0jAA\x8FE\r\v@  (\x80"j-\0\0"A-G\r\0  Aj6\x80  A\x80j" A\xD0j"ArAA\x8FE\r (\xD4"A\0L\r  Ak6\xD4  (\x80"j-\0\0"A-G\r\0  Aj6\x80   A\brAA\x8FE\r (\xD8A\0L\r  (\x80"j-\0\0!\vA\0!@ A\xFFqA\xD4\0G\r\0A!  Aj6\x80@@  A\x80j" A\xD0jA\frAA\x8FE\r\0  (\x80"j-\0\0A:G\r\0  Aj6\x80   A\xE0jAA\x8F\r\v A\xE4\x006\xDC\f\v  (\x80"j-\0\0"A:G\r\0  Aj6\x80  A\x80j" A\xE4jAA\x8FE\r   A\xE8j\xCD  (\x80j-\0\0!\v A\xFFqE\r  A\x80j A\xF0jA\xCBE\r\0  (\x80j-\0\0\r\0A\0!\f\v A\x006\xF8 A6\xD8 B\xD1\x8F\x80\x807\xD0A!@ A	FE@ A\xD0j AtjA\x006\0 Aj!\f\v\v A\xE8j! A\xE4j! A\xE0j! A\xF0j!A!A\0!A\0!	@ (\xDC! (\xF0!\b@@ (\xF8!@@  j-\0\0"\rA G@@ \rE\r\0  6\xF8@@ \rA+k\0\0\v  \b6\xF0  6\xDC  	\x7F  A\xF8j A\0\xCB@A\0!A!	\f\b\v (\xF8 \vAj6\xF8  A\xF8j A\xFCjAA\0\x8FE\r (\xFC! \rA-F@ E\r
 A\0 k"6\xFC\v  6\xD0A!\f\v  A\xF8j"\x07 A\xFCjAA\0\x8F@  \b6\xF0  6\xDC  (\xF8"\bj-\0\0A:F@  (\xFC6\xDC  \bAj6\xF8  \x07 AA\x8FE\r
  (\xF8"j-\0\0"A:F@  Aj6\xF8  \x07 AA\x8FE\r\v  \x07 \xCD  (\xF8j-\0\0!\vA!	@ A\xFFqA+k\0\b\0\b\vA\0   A\xF8j A\0\xCB\x1B!\f\x07\v (\xFC! \b kAH rE@  6\xD0A!\f\x07\v AkAI rE@ A\xECA\0 A\xE4\0H\x1B jA\xE4\0A\0 A2H\x1Bj6\xD0A!\f\x07\v 
AF\r	 A\x80j 
Atj 6\0 
Aj!
\f\v  (\xF8"j!A\0!\x07@@ \x07A\fG@ \x07AlA\xF0\xE3j!A\0!@  j-\0\0"\vA k \v \vA\xE1\0kA\xFFqAI\x1BA\xFFq  j-\0\0"\vA k \v \vA\xE1\0kA\xFFqAI\x1BA\xFFqG\r AF Aj!E\r\0\v  \b6\xF0  6\xDCA!\f  \x07Aj6\xD4  Aj6\xF8  A\xF8jA\xE5\xB5\xCC\f\b\v 	E\r  A\xF8jA\xE3\x9A\xCA@ A\fj  A\fH\x1B!A!	\f\x07\v  A\xF8jA\xE6\x9A\xCAE\r A\0 A\fG\x1B!A!	\f\v \x07Aj!\x07\f\0\v\0\v Aj!\f\v\v  \b6\xF0  6\xDC  \fj 
jAJ\r@@@@@ 
\0
\v \r\f	\v (\x80! \f@  6\xD8\f\v  6\xD4\f\v @  )\x807\xD4\f\v \f@  (\x806\xD8 A\xECA\0 (\x84"A\xE4\0H\x1B jA\xE4\0A\0 A2H\x1Bj6\xD0\f\v  )\x807\xD4\f\v  )\x807\xD4 A\xECA\0 (\x88"A\xE4\0H\x1B jA\xE4\0A\0 A2H\x1Bj6\xD0\v (\xD4"A\0L\r (\xD8A\0L\r  Ak6\xD4\f\vA\0!@@ AF\r At!\x07 Aj!  A\xF8j \x07A\xC0\xF3j"\x07\xCAE\r\0\v \x07.!\bA\0!\f\v\v  \b6\xF0  6\xDC@@ \rA(k\0\vA\0! (\xF8!@@  j-\0\0"\bE\r Aj!  \bA(Fj \bA)Fk"\r\0\v  6\xF8\f\v  6\xF8 A\0L\r\f\v  \fj 	jA\0 
kG\r  A\xF8jA\xEF\xB5\xCC\v (\xF8!@ "Aj!  j-\0\0A\xFCqA,F\r\0\v  6\xF8\f\0\v\0\vA!A!@ AFE@ A\0 At" A\xD0jj(\0 (\xA0\xF3L\x1B! Aj!\f\v\v@ (\xDCAF@B\x80\x80\x80\x80\xE0~! (\xE8 (\xE4 (\xE0rr\r \r\f\v E\r\vA\0!@ A\x07FE@ A\x80j Atj A\xD0j Atj(\0\xB79\0 Aj!\f\v\v@ A\x80j \xCC (\xF0A\xE0\xD4l\xB7\xA1"D\0\0\0\0\0\0\xE0\xC1f D\0\0\xC0\xFF\xFF\xFF\xDFAeqE@ \xBD!\f\v \xBD" \xFC"\xB7\xBDR\r\0 \xAD!\f\vB\x80\x80\x80\x80\xE0~ B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\f\vB\x80\x80\x80\x80\xE0~!\v \0 \v A\x80j$\0 \v3\x7F~#\0Ak"\0$\0 \0\x92 \0)\0! \0(\b \0Aj$\0A\xE8\x07m\xAC B\xE8\x07~|\v"\x7FA! \0\xCF\x7FA \0A\x80\xD8A\xD0\xDDA\xB7\v\v\xA8\x7F#\0Ak"$\0 \xA7"("A0j!  (A\x7FsAtA\xB4~rj(\0!@@@ E\r  Atj"A\bk! Ak(\0A2G@ (\0A\xFF\xFF\xFFq!\f\v\v  6\f E\r\0 \0  A\fj (\0AvA<q\x9E\r\v  /A\xFF\xFDq;\v Aj$\0\v\x90\x7F~#\0A k"$\0 \0(\0!B\x80\x80\x80\x800!\vB\x80\x80\x80\x800!
@ @A\x7F! B"
B\x80\x80\x80\x80\xE0\0Q\r \0 
A\0\xE2  
\r B"\vB\x80\x80\x80\x80\xE0\0Q\r  
A\xF4\0 \vA\x80\x80A\0H\r\v \0A\bj!A\0!@@@ (\0A\x82\x7FF@ \0(\f  )7  )\b7  )\x007\bAj!\x07 \0)!	@@@ @ 	B\x80\x80\x80\x80\xF0~Z@ 	\xA7"\b \b(\0Aj6\0\v  \v  	A\x84\x80\xC4A\0H\r  
 ~ \0A\xE0\0A\0 \x07 A\bj Aj\xD0E@ )\f\v B\x80\x80\x80\x8007B\x80\x80\x80\x800\vA\x84\x80\xC4A\0H\r \0(A\xE0\0G\r  \v\xD7  
\xD7  Aj6\0\f\x07\v  	 \0B\x80\x80\x80\x8007 \0A\xE0\0A \x07 A\bj Aj\xD0\r@ )"	\xA7(A\xFF\xFF\xFF\xFF\x07qA \x1B@ \0 	A\xE2 \0(\0 	\r E@ \0(A\xE0\0F\r	 \0(4A> \0A\xE0\0\v Aj!\f\v \0(\0 	\v \0(A\xE0\0F\r\v \0\r\0 \0\xA6\r\0 (\0A\xFD\0G@ \0A\xB1\xDA\0A\0\x1B\f\v \0 \x8D \0A\x006  \0 \0(,\xD1E\r\vA\x7F!\f\v Aj!\f\v\v \0A\x82\x7F+!\f\v \0(4A$ \0(4A\x80j AkA\xFF\xFFq\v \0!\v A j$\0 \vm\x7F@@ \0\x7F \0-\0jAq\r \0(\xCC AtjAj!@ (\0"A\0H\r \0(p Alj"A\bj! (\0A\xD8\0G\r\0\vAA\0\v\v \0(\f! \0(!\0\f\0\v\0\v\x99\x7F \0(4A& \0(4A\x80jA\0 \0(4A \0(4A\x80jA\0 \0 \0:"$ \0(4A\xFE\0 \0(4A\x80j AjA\xFFq \0A\xE9\0A\x7F#! \0(4A\xCE\0 \0(4A\x8D \0A\xEA\0 # \0 $ \0(4A \0(4A\v%\x7F  \0 \0 K"\x1BA
 \0 k  \0k \x1B\xEEA\0G\v\x81\x7FA
!#\0Ak"$\0 A
:\0@@ \0("\x7F  \0\xD2\r \0(\v \0("F\r\0 \0(PA
F\r\0 \0 Aj6 A
:\0\0\f\v \0 AjA \0($\0AG\r\0 -\0\v Aj$\0\v\b\0 \0B/\v\0 \0 )\0\x90/\v\b\0 \0g/\v*~ )\0"B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v /\v\b\0 \0 Q\v\0 \0("\0Aj  \0(\0\0\v?\x7F~@ )\0"B\x80\x80\x80\x80\xF0~T\r\0 \xA7" (\0"Ak6\0 AJ\r\0 \0 \xCF\v \x8E\v$\x7F A\xFF\xFF\xFF\xFFM\x7F \0Aj   \0(\b\0A\0\v\v\xC7~\x07\x7F#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!@ \0 U"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 )\0("B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0 \f\v \0 A\fj A\0\xD3!\x07 \0  \x07A\0H@ \0 \f\v \0 A\bj A\0\xD3!\b \0  (\f!	 \bA\0H@ \0("\0Aj 	 \0(\0\0\f\v \x07 \b \x07 \bI"\v\x1B!\fA\0! (\b!
@@  \fG@ At! Aj!  	j(\0  
j(\0k"E\r\f\v\v \x07 \bK \vk!\v \0("Aj 	 (\0\0 \0("\0Aj 
 \0(\0\0 \xAD!\v Aj$\0 \v\xA6\x7F~#\0A k"$\0@ \0 U"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@@ \0  \x7FA\0 E\r\0A\0 )\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0@ \0 Aj \x07\xE1"@@ -\0\0A\xCE\0G\r\0 -\0A\xC6\0G\r\0 AA -\0A\xCB\0F"\x1Bj-\0\0"A\xC3\0kA\xFFqAK\r\0 ( Aj Aj \x1B kAjF\r\v \0 Q \0A\xBF\xDD\0A\02\v \0 \f\v \0 Q AA\0 \x1BjA\xC3\0k\v\xD3! \0  A\0N\r\vB\x80\x80\x80\x80\xE0\0!\f\v (\0!B\x80\x80\x80\x80\xE0\0!@ \0 A\bj C\r\0A\0!@@  F\r At! Aj! A\bj  j(\0\xABE\r\0\v (\b("Aj (\f (\0\0\f\v A\bj<!\v \0("\0Aj  \0(\0\0\v A j$\0 \v\xE1\x7F#\0A\xD0\0k"$\0~ )\0"B \x88B\xFB\xFF\xFF\xFF}B}X@ \0A\x89\xE8\0A\0B\x80\x80\x80\x80\xE0\0\f\vB\x80\x80\x80\x80\xE0\0 \0 ("B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 A8jA\0 \xA7"(Av\x9B Aj!@  ("A\xFF\xFF\xFF\xFF\x07qOE@@@@\x7F A\0H@  Atj/\0\f\v  j-\0\0\v"A M@ A	kAK\r A8j"\x07A\xDC\05 \x07 A\xDD\xC6\0j,\0\05\f\v A\xFF\0M@@ A0kA
I A\xC1\0kAIrE A\xE1\0kAKqE@ \r\f\vA\xD7\xBB A\xEE\r A\xDF\0F\r\0 A8jA\xDC\05\v A8j 5\f\v A\xFFK\r\v  6\0 A j"AA\xFD! f A8j |\f\v@ A\x80\xF0qA\x80\xB0G@ \xD6E\r\v  6 A j"AA\xF6! Ajf A8j |\f\v A8j \x84\v Aj!\f\v\v \0  A8j<\v A\xD0\0j$\0\v\xEC\x07\v~\x7F#\0A0k"$\0@ B\xFF\xFF\xFF\xFFoX@ \0%B\x80\x80\x80\x80\xE0\0!\f\vB\x80\x80\x80\x800!\x07@@ \0 )\0("\vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x800!B\x80\x80\x80\x800!B\x80\x80\x80\x800!\bB\x80\x80\x80\x800!\f\f\v \0  \0)X\x93"\fB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x800!B\x80\x80\x80\x800!B\x80\x80\x80\x800!\b\f\v@@ \0 \0 A\xF1\0 A\0@"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x800!\f\vA! \b\xA7"A\xF5\0A\0mA\0H@ A\xF6\0A\0mA\x7FsAv!\v@ A\xF9\0A\0mA\0N\r\0 \0A\xDF\xC0 \bA\xBE \xC6"\bB\x80\x80\x80\x80\xE0\0R\r\0B\x80\x80\x80\x800!B\x80\x80\x80\x800!B\x80\x80\x80\x80\xE0\0!\b\f\v  \b7(  7  \0 \fA A j\xAF"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\vB\x80\x80\x80\x800!\f\v \0B"B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x80\xE0\0!\f\vA\x7F!@ )\b"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0 \0 Aj \x80A\0H\r ("\r\0\f\v~ \v\xA7"(A\xFF\xFF\xFF\xFF\x07q"@ \xAD!\r \xAD!A\0!@ \xAD! !@@  O\r \0 A\xD9\0 \xAD"
;A\0H\r \0 \x07@ \0  \v\xD3"\x07B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80 R@ B\x80\x80\x80\x80\xE0\0Q\r\x07 \0 Aj \0 A\xD9\0 A\0\xAE\r\x07  )"   S\x1B"7  R\r\v  
 \xB5\xA7!\f\v\v \0   \x91"B\x80\x80\x80\x80\xE0\0Q\r \0  	 dA\0H\r 	B|" \rQ\r \0 A\bj \x078\r \xA7!B! 	B )\b"
 
BW\x1B|!	@  	Q\r \0 \x07 r"
B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0   
dA\0H\r B|! B|" \rR\r\0\v\f\v\v \0     I\x1B \x91\f\v \0  \v\xD3"\x07B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80\xE0\0Q\r B\x80\x80\x80\x80 R\r \0 A\0A\0\x91\v"B\x80\x80\x80\x80\xE0\0Q\r\0 \0  	 dA\0N\r\v \0 B\x80\x80\x80\x80\xE0\0!\v \0 \v \0 \f \0  \0 \b \0 \x07\v A0j$\0 \v\xDC~ B\xFF\xFF\xFF\xFFoX@ \0%B\x80\x80\x80\x80\xE0\0\vB\x80\x80\x80\x80\xE0\0!\bB\x80\x80\x80\x800!@@@ \0 )\0("\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x800!\f\v \0 A\xD9\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 B\0EE@ \0 A\xD9\0B\0;A\0H\r\v \0  \x07\xD3"B\x80\x80\x80\x80p\x83"	B\x80\x80\x80\x80\xE0\0Q\r \0 A\xD9\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r@ \0  E@ \0 \f\v \0 A\xD9\0 ;A\0N\r\0B\x80\x80\x80\x800!\f\v \0 \x07 \0 B\xFF\xFF\xFF\xFF!\b 	B\x80\x80\x80\x80 Q\r \0 A\xDB\0 A\0 \0 \vB\x80\x80\x80\x800!\v \0  \0 \x07 \0  \0 \v \b\v\0 \0 )\0 \x8E\v\xD8~\x7F#\0A k"$\0@ B\xFF\xFF\xFF\xFFoX@ \0%B\x80\x80\x80\x80\xE0\0!\x07\f\vB\x80\x80\x80\x80\xE0\0!\x07B\x80\x80\x80\x800!\b@ \0 )\0("	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x800!B\x80\x80\x80\x800!B\x80\x80\x80\x800!\f\v@@ \0  \0)X\x93"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x800!\f\v \0 \0 A\xF1\0 A\0@"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\vB\x80\x80\x80\x800!\f\v  7  7 \0 A Aj\xAF"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 A\bj \0 A\xD9\0 A\0\xAE\r\0 \0 A\xD9\0~ )\b"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v;A\0H\r\0B\x80\x80\x80\x80\xE0\0!\b \0A/\x88"B\x80\x80\x80\x80\xE0\0Q\r\0 \0A '"E@ !\b\f\v  	7\b  7\0  \xA7"\vA\xE7\0A\0mA\x7FsAv6A!
 \vA\xF5\0A\0mA\0H@ \vA\xF6\0A\0mA\x7FsAv!
\v A\x006  
6 B\x80\x80\x80\x80pZ@ \xA7 6 \v \0  \0  !\x07\f\v \0 	 \0  \0  \0  \0 \b\v A j$\0 \x07\v\x86\b~\x7F#\0Ak"$\0@ B\xFF\xFF\xFF\xFFoX@ \0%B\x80\x80\x80\x80\xE0\0!\x07\f\vB\x80\x80\x80\x80\xE0\0!\x07B\x80\x80\x80\x800!@@@ \0 )\0("	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x800!\b\f\v \0 A\xF1\0 A\0"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 \b@"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \b\xA7"A\xE7\0A\0mA\x7FF@ \0  	\xD3!\x07\f\vA!\f A\xF5\0A\0mA\0H@ A\xF6\0A\0mA\x7FsAv!\f\v \0 A\xD9\0B\0;A\0H\r\0 \0B"B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x80\xE0\0!\f\v 	\xA7!\r@@ \0  \0  	\xD3"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80 Q\r\0 B\x80\x80\x80\x80\xE0\0Q\r@ \0 \0 B\0P@"B\x80\x80\x80\x80p\x83"\vB\x80\x80\x80\x80\x90\x7FR@A! \vB\x80\x80\x80\x80\xE0\0Q\r\f\v \xA7(A\xFF\xFF\xFF\xFF\x07qA\0G!\v \0  
 dA\0H\r 
B|!
 \r \0 A\bj \0 A\xD9\0 A\0\xAEA\0H\r \0 A\xD9\0~ \r )\b \f\xB5"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v;A\0N\r\f\v\v 
PE@ !\x07\f\v \0 B\x80\x80\x80\x80 !\x07\f\vB\x80\x80\x80\x800!\v \0 \v \0  \0 \b \0 	\v Aj$\0 \x07\v\xCC\x7F~#\0A\xB0k"$\0@ B\xFF\xFF\xFF\xFFoX@ \0%B\x80\x80\x80\x80\xE0\0!\f\v )\b!  \0 A\xE8\0jA\0C A\x006\` B\x80\x80\x80\x80\xC0\x007X  \x0060  A8j"\b64B\x80\x80\x80\x80\xE0\0!@@~ \0 )\0("\x1BB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x800!B\x80\x80\x80\x800!B\x80\x80\x80\x800!B\x80\x80\x80\x800!B\x80\x80\x80\x800\f\vB\x80\x80\x80\x800!@@@ \0  0"\r\r\0B\x80\x80\x80\x800! \0  ("B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \xA7"/AG\r\0 ("A0j!\x07  (A\x7FsAtA\x98}rj(\0!@ E\r \x07 Ak"Atj"(A\xD9\0G@ (\0A\xFF\xFF\xFFq!\f\v\v  ( Atj"6\x80 )\0B \x88"PE \xA7A	jAIq\r\0 A\x80j" A\x8A\xE9"E\r\0 (\0A\xFF\xFF\xFF\xFFK\r\0 (\x80)\0A\xD0\0A\0\xA6E\r\0 A\xF1\0A\xD1\0A\0\xD5E\r\0 A\xF2\0A\xD2\0A\xD5E\r\0 A\xF3\0A\xD2\0A\xD5E\r\0 \0 \xFB"E\r ("-\0A\x80q\r\0A\0! \0 A\0C \0 \x1B("B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r@ Aj"/\0\0"	Aq"E\r\0@ (")\0B\xFF\xFF\xFF\xFFV\r\0 (-\x003A\bqE\r\0 \0 B\0!\f\vA\0! \0 A\xD9\0B\0;A\0H\r\v@@  	A!q"~ ()\0"B\xFF\xFF\xFF\xFFV\r \xA7"A\0 A\0J\x1B\xADB\0\v7\b\f\v B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\vA\0! \0 A\bj \xAE\r\vA\0!\x07A\0! -\0 -\0"\vAtj"@ \0 At'"E@A\0!\f\v -\0!\v\v \xA7! \xA7"Aj!
 ("Av!\f 	A\x90qA\0G! )\b!@@@@ A\xFF\xFF\xFF\xFF\x07q"\xAD Y@   
 \xA7  \f \0\xEA"AF\r A\0H\r\v E\r@ (")\0B\xFF\xFF\xFF\xFFV\r\0 (-\x003A\bqE\r\0 \0 B\0!\f\v \0 A\xD9\0B\0;A\0H\r\f\v A~F@ \0\xF6\f\v \0A\xD7\xD3\0A\06\f\v ( (\0 
k \fu" \x07J@ A\x80j  \x07 L\r\v (A\xFF\xFF\xFF\xFF\x07q@ \0 A\x80jB\x80\x80\x80\x800  B\x80\x80\x80\x800B\x80\x80\x80\x800   \v\xD4\r\v 
k \fu!\x07 @ \x07\xAC!  \x07F@   \xB5\xC4!\v (!\f 	A qE\r@ (")\0B\xFF\xFF\xFF\xFFV\r\0 (-\x003A\bqE\r\0 \0  \x07\xAD!\f\v \0 A\xD9\0 \x07\xAD;A\0H\r\v\v\v A\x80j"  \x07 (A\xFF\xFF\xFF\xFF\x07qL\r \0  \0("Aj  (\0\0B\x80\x80\x80\x800!B\x80\x80\x80\x800!B\x80\x80\x80\x800!B\x80\x80\x80\x800! <"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R\r\vB\x80\x80\x80\x80\xE0\0!@ \0 A\xF1\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 @"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0A\0! \xA7"A\xE7\0A\0mA\x7FF"E@A! A\xF5\0A\0mA\0H@ A\xF6\0A\0mA\x7FsAv!\v \0 A\xD9\0B\0;A\0H\r\v \x1B\xA7!\x07B\x80\x80\x80\x800!B\x80\x80\x80\x800!@@@@ \0  \x1B\xD3"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80 R@ B\x80\x80\x80\x80\xE0\0Q\rB\x80\x80\x80\x80\xE0\0! (\`\r@ (X" (\\H@ (4!\f\v  AujAjAoq"	At! (0!@@ \b (4"
F@ A\0  A\x80j\xC3"E\r  \b)7  \b)7  \b)\b7\b  \b)\x007\0\f\v  
  A\x80j\xC3"\r\v A0j\xE8 (0  A\x7F6\`\f\v  64  (\x80Av 	j6\\ (X!\v  Aj6X  Atj 7\0 E\rB\x80\x80\x80\x800!\vA\0!A\0!B\x80\x80\x80\x800!B\x80\x80\x80\x800!@ (X J@ \0 A,j (4 Atj)\0"\xDBA\0H\r \0 B\x80\x80\x80\x80\xE0\0! \0 \0 B\0P@"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r
 \0 A j \0 A\xDB\0 A\0\xAE\r
@ ) " \x075B\xFF\xFF\xFF\xFF\x07\x83"W@ B\0Y\rB\0!\v  7  !\v \0 B\x80\x80\x80\x80\xE0\0! \0B"B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x80\xE0\0!\f\v\v B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 B\0 A\x87\x80\xA0A\0H\r
A (," AM\x1B"\xAD!!B!@  !R@ \0  r"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x800R@ B\x80\x80\x80\x80\xE0\0Q@ !\f\v \0 @"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\x07\v \0   d B|!A\0N\r\f\f\v\v \0  \0 A\x8B A\0"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80\xE0\0Q\r
@ \r@ \0  ! dA\0H\r\f \x1BB\x80\x80\x80\x80\xF0~Z@ \x07 \x07(\0Aj6\0\v \0  Aj\xAD \x1BdA\0H\r\f B\x80\x80\x80\x800R@ B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0  Aj\xAD dA\0H\r\r\v  7\x88 B\x80\x80\x80\x8007\x80 \0  \0 \0   \0 A\x80jA\0\xA9@!\f\vB\x80\x80\x80\x800! B\x80\x80\x80\x800R@ \0 &"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\f\v \0  \0 A\bj"A\0C \0   \x07 \xA7   A\0A\0\xD4 <! \0 \r\v\v B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r
 \xAC W@ A\xE8\0j" \x07  \xA7"L  \x8C \xA7(A\xFF\xFF\xFF\xFF\x07q j!\v Aj!\f\v\v A\xE8\0j" \x07  \x07(A\xFF\xFF\xFF\xFF\x07qL <!\f	\v \0 B\x80\x80\x80\x800!@ \0 \0 B\0P@"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80\x90\x7FR@ B\x80\x80\x80\x80\xE0\0R\r !\f\v \xA7(A\xFF\xFF\xFF\xFF\x07q\r \0 A\x80j \0 A\xD9\0 A\0\xAEA\0H\r\0 \0 A\xD9\0~ \x07 )\x80 \xB5"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v;A\0N\r\v\vB\x80\x80\x80\x800!\f\vB\x80\x80\x80\x80\xE0\0!\f\vB\x80\x80\x80\x800!B\x80\x80\x80\x800!\f\vB\x80\x80\x80\x800!B\x80\x80\x80\x800!B\x80\x80\x80\x800!B\x80\x80\x80\x800!\f\v \0  \0("Aj  (\0\0 (\x80("Aj (\x84 (\0\0\vB\x80\x80\x80\x800!B\x80\x80\x80\x800!B\x80\x80\x80\x800\v!B\x80\x80\x80\x800!\v (h("Aj (l (\0\0\v A0j\xE8 \0  \0  \0  \0  \0  \0  \0 \x1B\v A\xB0j$\0 \v\x98\0#\0A k"$\0~@ B\xFF\xFF\xFF\xFFoX@ \0%\f\v \0 A\bj"A\0C A/5@  \0 A\xF0\0 A\0\xAD\r\0 A/5  \0 A\xF1\0 A\0\xAD\r\0 <\f\v (\b("\0Aj (\f \0(\0\0\vB\x80\x80\x80\x80\xE0\0\v A j$\0\vN~B\x80\x80\x80\x80\xE0\0! \0  )\0\xD3"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80\xE0\0R~ \0  B\x80\x80\x80\x80 R\xADB\x80\x80\x80\x80\x84B\x80\x80\x80\x80\xE0\0\v\v\x07\0 \0\xBF\v\xEB~\x7F@@ \0 \xFB"E\r\0 )\b!@@@ )\0"B\x80\x80\x80\x80pT\r\0 \xA7"/AG\r\0 B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R@ \0A\xC3\x8DA\0B\x80\x80\x80\x80\xE0\0\v ( "\x07 \x07(\0Aj6\0 ($" (\0Aj6\0 \x07\xAD! \xAD!\f\vB\x80\x80\x80\x800!~ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0A/3\f\v \0 (\v"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\rB\x80\x80\x80\x80\xE0\0! \0  \xDB"B\x80\x80\x80\x80\xE0\0Q\r\v \0 5\0B\x80\x80\x80\x80\x90\x7F\x84 \0 5B\x80\x80\x80\x80\x90\x7F\x84  >  >\0 \0 A\xD9\0B\0;A\0H\r B\x80\x80\x80\x80\xF0~T\r \xA7"\0 \0(\0Aj6\0\f\v \0  \0 \vB\x80\x80\x80\x80\xE0\0\v \vj\x7F B\xFF\xFF\xFF\xFFoX@ \0%B\x80\x80\x80\x80\xE0\0\v~ \xA7"/AG@B\x80\x80\x80\x800 \0  \0(8)\x90E\r \0A\x96B\x80\x80\x80\x80\xE0\0\v  ($/\0qA\0G\xADB\x80\x80\x80\x80\x84\v\v\xBA
\x7F#\0A k"\x07$\0@@@@@ B\xFF\xFF\xFF\xFFoX@ \0%\f\v \0  \0(8)\x90E\r \0 \xFB"\r\vB\x80\x80\x80\x80\xE0\0!\f\v (\0"\b("A\xFF\xFF\xFF\xFF\x07q"\r\v \0A\x80\xB5\xC8!\f\v \0 \x07A\bj  Av\x9B \bAj! \b(A\xFF\xFF\xFF\xFF\x07q!	A\0!\0@@@ \0 	H@ \0Aj!A\x7F!@\x7F@@@@@@@\x7F \b("
A\0N"\vE@  \0Atj/\0\f\v \0 j-\0\0\v"A\xDB\0k\0\v !\0@ A
k\v\v\0\v A/G\r\x07 E\rA!A/!\f\x07\vA\xDC\0!  	N\r \0Aj!\0 \vE@  Atj/\0!\f
\v  j-\0\0!\f	\vA\0!A\xDD\0!\f\vA\xDB\0!   	Nr\r \0Aj!\0 
A\0N@A\xDD\0A\x7F  j-\0\0A\xDD\0F"\x1B! \0  \x1B!\0A!\f\b\vA!A\xDD\0A\x7F  Atj/\0A\xDD\0F"
\x1B! \0  
\x1B!\0\f\x07\vA\xEE\0\f\vA\xF2\0\f\vA\0!A/\v!A\xDC\0!\v !\0\f\v \x07A\bj<!\f\v !\0A!\v \x07A\bj" \x84 A\0H\r\0  \x84\f\0\v\0\v \x07A j$\0 \v\x96\x7F#\0Ak"$\0~@ B\xFF\xFF\xFF\xFFoV@ A\bj!@ A\bG@ \0 \0  At(\x80\xE9 A\0-"A\0H\r @  -\0\xA0\xE9:\0\0 Aj!\v Aj!\f\v\v \0 A\bj"\0  \0k\xE9\f\v \0%\vB\x80\x80\x80\x80\xE0\0\v Aj$\0\v\xA5~#\0Ak"$\0 \x7F@@@@ \0 A/,"E@B\x80\x80\x80\x800!\f\v (@B\x80\x80\x80\x800!A\f\v \0 )\0"\b )\b"\xD3"B\x80\x80\x80\x80p\x83"\x07B\x80\x80\x80\x80\xE0\0R\r\vB\x80\x80\x80\x800!\x07\f\v \x07B\x80\x80\x80\x80 Q@ A6B\x80\x80\x80\x800!A\f\v (@ \0 \0 B\0P@"\x07B\x80\x80\x80\x80p\x83"	B\x80\x80\x80\x80\xE0\0Q\r@ 	B\x80\x80\x80\x80\x90\x7FR\r\0 \x07\xA7(A\xFF\xFF\xFF\xFF\x07q\r\0 \0 A\bj \0 \bA\xD9\0 \bA\0\xAEA\0H\r \0 \bA\xD9\0~ \xA7 )\b (\xB5"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v;A\0H\r\v \0 \x07\f\v A6\f\v \0  \0 \x07B\x80\x80\x80\x80\xE0\0!\vA\0\v6\0 Aj$\0 \vF\x7F@ B\x80\x80\x80\x80pT\r\0A\xB4\xB5(\0 \xA7"/G\r\0 ( "E\r\0 \0 (\0 \0Aj  \0(\0\0\v\v\0 \0("\0Aj   \0(\b\0\v)\x7F A\xFF\xFF\xFF\xFFM\x7F \0("\0Aj   \0(\b\0A\0\v\v\0 \0 )\0 )\b )\xAE\v\xC3~\x7F#\0Ak"\x07$\0@ \0 \x07A\fj )\0\xE1"\bE@B\x80\x80\x80\x80\xE0\0!\f\v \0 \b \x07(\fA\xDB\xA6\x8C! \0 \bQ@ AH B\x80\x80\x80\x80\xE0\0Qr\r\0 \0 )\b"0E\r\0B\x80\x80\x80\x80\xE0\0!@ \0g"B\x80\x80\x80\x80\xE0\0Q@ !\f\v \0 A/ A\x07A\0H\r\0 \0 A/ \xF0!\v \0 \f\v !\v \x07Aj$\0 \v\r\0 \0  A2\x8D\v\v\0 \0 A2\x8E\v\xB5\x7F#\0Ak"$\0A\x7F!@ \0 A\bj A\xE6\0\x82"E\r\0 )\b"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0 )\0\xFD!\f\v \0  )\bA ="B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 -"E@A\0!\f\v \0 )\0\x9C"A\0H@ !\f\v E\r\0 \0A\xC6<A\0A\x7F!\v Aj$\0 \v\xAE\x7F#\0Ak"$\0A\x7F!@ \0 A\bj A\xE5\0\x82"E\r\0 )\b"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0 )\0\x9C!\f\v \0  )\bA ="B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 -! \0 )\0\x9C"A\0H@ !\f\v  F\r\0 \0A\xF9\xF8\0A\0A\x7F!\v Aj$\0 \v\xF0\x7F~#\0A k"$\0@@ \0 Aj A\xE4\0\x82"E\r\0 )\0! )"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0  A\0\x98!\f\v  7\b  7\0 \0 \x07 )\bA ="B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 -E@\f\v \0 )\0\x9C"A\0H\r\0A! \r \0 )\0\xDC"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0  E \0 \r \0A\xE6\xF2\0A\0\vA\x7F!\v A j$\0 \v\x8F\x7F~#\0Ak"$\0@@@ \0 A\bj A\xE3\0\x82"E\r\0 )\b"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0 )\0\xDC!\f\v \0  )\bA ="B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r@@ B \x88\xA7Aj\0\0\v \0 )\0\x9C"A\0H@ \0 \f\v \rB\x80\x80\x80\x80\xE0\0! \0 )\0\xDC"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0 \f\v \0  E \0 \r\v \0  \0A\xE6\xF2\0A\0\vB\x80\x80\x80\x80\xE0\0!\f\v !\v Aj$\0 \v\xAE\x7F~#\0A\xD0\0k"$\0A\x7F!\x07@ \0 A\xC8\0j A\xC6\0\x82"\bE\r\0 )H"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \b)\0! B\x80\x80\x80\x80\xF0~Z@ \xA7"\x07 \x07(\0Aj6\0\v \0     \xA1!\x07\f\v \0 W"	B\x80\x80\x80\x80\xE0\0Q@ \0 \f\v \b)\0!
  78  70  	7(  
7  \0  \b)\bA A j=! \0 	 B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@@ \0 -"\x07@ \0  \b(\0 J"A\0H\r E\r@ (\0"AqE@ \0 )\b EE\r\f\v AqAG\r 5B \x86B\x80\x80\x80\x800R\r\v \0 N \0A\xB11A\0\f\v A\x80\x80qE@A\0!\x07 A\x80\x80qE\r \0((\x94"E\r -\0$AqE\r\v \0A\xE6A\0\vA\x7F!\x07\f\v \0 N\v A\xD0\0j$\0 \x07\v\xD6\x7F~#\0A@j"$\0@@ \0 A8j A\xC5\0\x82"E\r\0 )8"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0 )\0  A\0!\f\v \0 W"B\x80\x80\x80\x80\xE0\0Q@ \0 \f\v )\0!\x07  70  7(  \x077  \0  )\bA A j=! \0  B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80\xE0\0Q\r\0 \0  (\0 J"A\0H@ \0 \f\v E\r@@ (\0"AqE@ \0 )\b EE\r\f\v AqAG B\x80\x80\x80\x800Qr\r 5B \x86B\x80\x80\x80\x800R\r\v \0 N \0  \0A\xB72A\0\f\v \0 N\f\vB\x80\x80\x80\x80\xE0\0!\v A@k$\0 \v\x8F\x7F~#\0A@j"$\0A\x7F!@ \0 A8j A\xE7\0\x82"E\r\0 )8"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0 )\0 K!\f\v \0 W"B\x80\x80\x80\x80\xE0\0Q@ \0 \f\v )\0!\x07  7(  \x077  \0  )\bA A j=! \0  B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 -"\r\0@ \0  (\0" J"A\0N@ E\r (\0 \0 NAq@ -\0Aq\r\v \0A\xA8\xC2\0A\0\vA\x7F!\f\vA\0!\v A@k$\0 \v\x8F\x07\x7F~#\0A@j"\x07$\0A\x7F!	@ \0 \x07A8j A\xE9\0\x82"\bE\r\0 \x07)8"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0 \b)\0     x!	\f\v \0 W"B\x80\x80\x80\x80\xE0\0R@ \0g"B\x80\x80\x80\x80\xE0\0R@ A\x80q"\r@ B\x80\x80\x80\x80\xF0~Z@ \xA7"
 
(\0Aj6\0\v \0 A\xC5\0 A\x07\v A\x80 q"
@ B\x80\x80\x80\x80\xF0~Z@ \xA7"\v \v(\0Aj6\0\v \0 A\xC6\0 A\x07\v A\x80\xC0\0q"\v@ B\x80\x80\x80\x80\xF0~Z@ \xA7"\f \f(\0Aj6\0\v \0 A\xC4\0 A\x07\v A\x80q@ \0 A\xC2\0 AvAq\xADB\x80\x80\x80\x80\x84A\x07\v A\x80\bq@ \0 A\xC3\0 AvAq\xADB\x80\x80\x80\x80\x84A\x07\v A\x80q@ \0 A\xC1\0 Aq\xADB\x80\x80\x80\x80\x84A\x07\v \b)\0! \x07 70 \x07 7( \x07 7  \0  \b)\bA \x07A j=! \0  \0  B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 -E@ A\x80\x80qE@A\0!	\f\v \0A\xB8\xD4\0A\0\f\v \0 \x07 \b(\0"\f J"A\0H\r A\x81q!\b@@@ E@ \bA\x80F\r \f/A\x80qE\r\f\v@ \x07(\0" \x9FE\r\0@ Aq\r\0 A0qAF@ \r@ \0  \x07)EE\r\v 
E\r \0  \x07)E\r\f\v \vE Aqr\r\0 \0  \x07)\bEE\r\v \x07(\0"Aq \bA\x80Fq\r\0 A0qAF A\x82qA\x80Gr AqAGr\r\v \0 \x07N\v \0A\x94A\0\f\v \0 \x07N\vA!	\f\v \0 \v \0 \v \x07A@k$\0 	\v\xA7\x7F~#\0A@j"$\0A\x7F!@ \0 A8j A\xE8\0\x82"E\r\0 )8"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0 )\0 A\0\xDA!\f\v \0 W"B\x80\x80\x80\x80\xE0\0Q@ \0 \f\v )\0!\x07  7(  \x077  \0  )\bA A j=! \0  B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 -"E@A\0!\f\v@ \0  (\0 J"A\0N@ E\r@ -\0\0Aq@ \0 )\0\x9C"A\0H\r \r\v \0A\xF1\x1BA\0\v \0 N\vA\x7F!\f\v \0 N\v A@k$\0 \v\xFA\f\x7F~#\0A@j"$\0A\x7F!\v@ \0 A8j A\xEB\0\x82"\x07E\r\0 )8"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0   \x07(\0Aw!\v\f\v \0  \x07)\bA \x07="B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 A\x006, A\x0064 A\x0060 \0 A4j \xDB! (4!
@ \r\0@ 
E\r\0 \0 
At?"	\r\0A\0!	\f\v\x7F@@@  
F@A 
 
AM\x1B!\bA!@  \bF\r 	  	 Atj(\xF3 Aj!A\0H\r\0\v \0A\xC8\x1BA\0A\0\f\v \0  \xA3"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80\xE0\0Q\r B\x80\x80\x80\x80\x80\x7FQ B \x88B\xF9\xFF\xFF\xFF}BTrE@ \0  \0A\x84=A\0A\0\f\v \0 1!\b \0  \bE\r 	 Atj"A\x006\0  \b6 Aj!\f\v\vA\0 \0 \x07)\0\x9C"\fA\0H\r \x07-\0@ \0\xC2\f\v \0 A,j A0j \x07(\0Aw (0! (,!\b\rA\0!@  G@ \x07-\0@ \0\xC2\f\v \0 A\bj" \x07(\0 \b Atj"\r(J"A\0H\r@ E\r\0 \0 N \f@ (\bAq\r\v 	 
 \r(\xF3"\rA\0H@ \0A\xB26A\0\f\v \f\r\0 	 \rAtjA6\0\v Aj!\f\v\v@ \f\r\0A\0!\x07@ \x07 
F\r \x07At \x07Aj!\x07 	j(\0\r\0\v \0A\xD5A\0\f\v \0 \b X \0   	6\0  
6\0A\0!\v\f\vA\0\v!A\0!\b\v \0 \b X \0 	 
X \0 \v A@k$\0 \v\v\xB8\x7F~#\0A\xE0\0k"$\0A\x7F!@ \0 A\xD8\0j A\xEA\0\x82"E\r\0 (\0!\x07 )X"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0  \x07 J!\f\v \0 W"	B\x80\x80\x80\x80\xE0\0Q@ \0 \f\v )\0!
  	7H  
7@ \0  )\bA A@k=! \0 	 B\x80\x80\x80\x80p\x83"	B\x80\x80\x80\x80\xE0\0Q\r\0@@@@ 	B\x80\x80\x80\x800Q B\xFF\xFF\xFF\xFFoVrE@ \0 \f\v \0  \x07 J"\bA\0H\r@ \bE@ 	B\x80\x80\x80\x800R\r\f\v \0 N 	B\x80\x80\x80\x800R\r\0 -\0\0AqE\r \x07-\0Aq\r\f\v \0 )\0\x9C"A\0H\r \0 A j \xF4 \0 A\0H\r  ( "Ar  A\x800q\x1B"A7q"\x076 @ \b@ (\0"A\x80:A\x80\xCE\0 Aq\x1B \x07r\x9FE\r Aq\r Aq\r Aq\r Aq\r\f\v E\r\0 Aq\r\v \0 A jN\v \0A\x9C\xC3\0A\0A\x7F!\f\v@ @  )87  )07  )(7\b  ) 7\0\f\v \0 A jN\vA!\f\vA\0!\f\v \0 \v A\xE0\0j$\0 \vJ\0@ )\0"B\x80\x80\x80\x80pT\r\0 \xA7"/A2G\r\0 ( "E\r\0 A:\0 \0  B\x80\x80\x80\x80 7\0\vB\x80\x80\x80\x800\v\xB9~#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!@@~B\x80\x80\x80\x800 \0B\x80\x80\x80\x800 \0 \x8B"B\x80\x80\x80\x80\xE0\0Q\r\0  7\bB\x80\x80\x80\x80\xE0\0 \0A\xCF\0A\0A\0A A\bjo"B\x80\x80\x80\x80\xE0\0Q\r\0 \0g"B\x80\x80\x80\x80\xE0\0R\r \v! \0  \0 \f\v \0 A\x87 A\x07 \0 A\x88 A\x07 !\v Aj$\0 \v\xD2~#\0A0k"$\0B\x80\x80\x80\x80\xE0\0!@ \0 A$,E\r\0 \0 )\0 Aj A j Aj\xEDA\0H\r\0 \0 ) B\x80\x80\x80\x800!@@ \0 )"	 )\0A\0A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x800!\x07\f\v \0 A\xEE\0 A\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 \xDC"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@  \0  \x07 A\fj9"7( B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (\f@ !\f\v \0  \0 A(jA\xDE!\b \0  \bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 \b\f\0\v\0\v \0 \v \0 \x07 \0  \0 	\v A0j$\0 \v\xB7~\x7F#\0A k"$\0B\x80\x80\x80\x80\xE0\0!@ \0 A$,"
E\r\0 \0 )\0 A\bj Aj Aj\xEDA\0H\r\0 \0 )B\x80\x80\x80\x800!@@ \0 )"\b )\0A\0A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x800!\x07\f\v \0 A\xEE\0 A\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 \xDC"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0A\0!@ B\x80\x80\x80\x80pT\r\0 \xA7"	/A$G\r\0 	( !\v@ \0  \x07 Aj9"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (@ !\f\v \0 
 B\0 B \x88\xA7A\bkAoO\x1B  B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\xE0\xFE\xFFQ\x1B"\x99!	 \0  \x99!\v@ 	@ \0  \xB9\f\v \v\r\0 \0  \xFE \0 \r\f\v \0 \f\0\v\0\v \0 \v \0 \x07 \0  \0 \b\v A j$\0 \v\xAA~\x7F#\0A0k"$\0@ \0 A$,"\bE@B\x80\x80\x80\x80\xE0\0!\f\vB\x80\x80\x80\x800!@@ \0 )\0 Aj Aj A j\xEDA\0H@B\x80\x80\x80\x800!B\x80\x80\x80\x800!\f\v \0 \xDC"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x800!\f\v@ B\x80\x80\x80\x80pT\r\0 \xA7"
/A$G\r\0 
( !	\v ) \b5\fY@ \0  \0 \0A\xB8"B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x80\xE0\0!\f\v )!@  \0  \0 \0 A\fjA\xBA"\x077( \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (\f@\f\v \0 \0  )\0A A(j-"\bA\0H@ \0 )(\f\v \b@ \0 	 )(\xB9\v \0 )(\f\0\v\0\v \0 )  )\0A\0A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 A\xEE\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@  \0   A\fj9"7( B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (\f\r \0 	 \xB9 \0 \f\0\v\0\v \0 B\x80\x80\x80\x80\xE0\0!\v \0 ) \0 )  \0  \0 \v A0j$\0 \v\xBC~\x7F#\0A0k"$\0@ \0 A$,"	E@B\x80\x80\x80\x80\xE0\0!\f\vB\x80\x80\x80\x800!@@ \0 )\0 Aj Aj A j\xEDA\0H@B\x80\x80\x80\x800!B\x80\x80\x80\x800!\f\v ) 	5\fS@ \0 )  )\0A\0A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x800!\f\v \0 A\xEE\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\rA\0! \0B\x80\x80\x80\x800A\0A\0A\xBC"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r@ B\x80\x80\x80\x80pT\r\0 \xA7"\b/A$G\r\0 \b( !\v@  \0   A\fj9"7( B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (\f\r  B\0 B \x88\xA7A\bkAoO\x1B  B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\xE0\xFE\xFFQ\x1B"7(@ \0 	 \x99E\r\0 \0  \x99\r\0 \0  \xFE \0 \r\f\v \0 \f\0\v\0\vB\x80\x80\x80\x80\xE0\0!B\x80\x80\x80\x800! \0   A\xB8"B\x80\x80\x80\x80\xE0\0Q\r\0A\0!	@ \0B\x80\x80\x80\x800A\0A\0A\xBC"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@ B\x80\x80\x80\x80pT\r\0 \xA7"\b/A$G\r\0 \b( !	\v )!\x07@  \0    A\fjA\xBA"7( B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (\f@ !\f\v \0 \0 \x07 )\0A A(j-!\b )(!@ \bA\0J@  B\0 B \x88\xA7A\bkAoO\x1B  B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\xE0\xFE\xFFQ\x1B"7( \0 	 \x99 )(!@ \0 \f\v \0 	 \xFE \0 )(\r\f\v \0  \bA\0N\r\v\v\v !\v \0 B\x80\x80\x80\x80\xE0\0!\v \0 ) \0 )  \0  \0 \v A0j$\0 \v\x8A~\x7F#\0A k"$\0@ \0 A$,"\bE@B\x80\x80\x80\x80\xE0\0!\f\v@ \0 )\0  Aj Aj\xEDA\0H@B\x80\x80\x80\x80\xE0\0!B\x80\x80\x80\x800! )!\x07B\x80\x80\x80\x800!\f\vB\x80\x80\x80\x80!B\x80\x80\x80\x800! )!\x07 )\0 \b5\fU@B\x80\x80\x80\x800!\f\v@ \0 \x07 )\0A\0A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 A\xEE\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@ \0   A\fj9"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (\f@B\x81\x80\x80\x80!\f\v \0 \b B\0 B \x88\xA7A\bkAoO\x1B  B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\xE0\xFE\xFFQ\x1B"\x99 \0 \r\0\v \0 A\0D\f\vB\x80\x80\x80\x80\xE0\0!\v \0 ) \0 \x07 \0  \0 \v A j$\0 \v\xC9~\x7F#\0A0k"$\0@ \0 A$,"\x07E@B\x80\x80\x80\x80\xE0\0!\f\vB\x80\x80\x80\x800!@ \0 )\0 Aj Aj A j\xEDA\0H@B\x80\x80\x80\x80\xE0\0!\f\v ) \x075\fS@B\x80\x80\x80\x80!\f\vB\x80\x80\x80\x80\xE0\0!B\x80\x80\x80\x80\xE0\0! \0   A\xB8"B\x80\x80\x80\x80\xE0\0Q\r\0 )!@@  \0    A\fjA\xBA"7( B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (\f@B\x81\x80\x80\x80!\f\v \0  )\0A A(j! \0 )( \0 -"\x07A\0H\r \x07\r\0\vB\x80\x80\x80\x80!\v !\v \0 ) \0 )  \0 \v A0j$\0 \v\xA7~\x7F#\0A0k"$\0@ \0 A$,"\bE@B\x80\x80\x80\x80\xE0\0!\f\vB\x80\x80\x80\x800!@ \0 )\0 A\bj Aj A j\xEDA\0H@B\x80\x80\x80\x80\xE0\0!B\x80\x80\x80\x800!\f\v@@ )\b \b5\fY@B\x80\x80\x80\x80\xE0\0! \0   A\xB8"B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x80\xE0\0!\f\v )!@  \0    AjA\xBA"\x077( \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (\r \0  )\0A A(j!\x07 \0 )( \0 \x07-"\bA\0H\r \bE\r\0\v\f\vB\x80\x80\x80\x80\xE0\0! \0 )  )\0A\0A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 A\xEE\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r@  \0   Aj9"7(B\x80\x80\x80\x80\xE0\0! B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (\r  B\0 B \x88\xA7A\bkAoO\x1B  B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\xE0\xFE\xFFQ\x1B"7( \0 \b \x99 \0 E\r\0\v \0 A\0D\vB\x80\x80\x80\x80!\f\vB\x81\x80\x80\x80!\v \0 ) \0 )  \0  \0 \v A0j$\0 \v\xA5~\x7F B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0A\x82\xB6A\0B\x80\x80\x80\x80\xE0\0\v \0 )\0"0E@ \0A\xF1\xD5\0A\0B\x80\x80\x80\x80\xE0\0\vB\x80\x80\x80\x80\xE0\0! \0 A=V"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R~ \0A ?"E@ \0 B\x80\x80\x80\x80\xE0\0\v A6\b \0("(p" 6  A\xF0\0j6  6\0  6p  A\fj"6  6\f \0 \0(\0Aj6\0  \x006 B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v  7 B\x80\x80\x80\x80pZ@ \xA7 6 \v B\x80\x80\x80\x80\xE0\0\v\v\xD4~\x7F#\0A k"\b$\0B\x80\x80\x80\x80\xE0\0!@ \0  A#j,"	E\r\0 )\0!\x07B\x80\x80\x80\x800! AN@ )\b!\v \0 \x07O\r\0 	Aj!
 	(\b!@  
F@B\x80\x80\x80\x800!\f\v Ak-\0\0@ (! A\bk" (\0Aj6\0 )"B\x80\x80\x80\x80\xF0~Z@ \xA7"	 	(\0Aj6\0\v \b 7\b@ \r\0 )"B\x80\x80\x80\x80\xF0~T\r\0 \xA7"	 	(\0Aj6\0\v \b 7 \b 7\0 \0 \x07 A \b! \0 \b)\0 E@ \0 \b)\b\v (! \0( \xF5 B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 \v\f\0\v\0\v \bA j$\0 \vT\0 \0  A#j,"\0E@B\x80\x80\x80\x80\xE0\0\v \0(\f"\0A\0N@ \0\xAD\vB\x80\x80\x80\x80\xE0~ \0\xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vr\x7F \0  A#j,"E@B\x80\x80\x80\x80\xE0\0\v (At"@ (A\0 \xFC\v\0\v Aj! (\b!~  F~B\x80\x80\x80\x800 A\bk! (! \0(  \xF8\f\v\v\v\x85~\x7F#\0Ak"$\0~B\x80\x80\x80\x80\xE0\0 \0  Au,"E\r\0@ Aq"E\r\0 \0 )\b0\r\0 \0A\xC9\xD5\0A\0B\x80\x80\x80\x80\xE0\0\f\v  )\0"B\0 B \x88\xA7A\bkAoO\x1B  B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\xE0\xFE\xFFQ\x1B"7\b@ (\0E\r\0 \x8B\r\0 \0A\x9CA\0B\x80\x80\x80\x80\xE0\0\f\v@ \0  \x99"\x07@ \x07) !\f\v )\b!@ @B\x80\x80\x80\x80\xE0\0 \0 B\x80\x80\x80\x800A A\bj"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0  )\b\xB9 )\b!\f\v B\x80\x80\x80\x80\xF0~T\r\0 \xA7" (\0Aj6\0\v \0  \xDD"E@ \0 B\x80\x80\x80\x80\xE0\0\f\v  7 \v B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v \v Aj$\0\v'\0 \0  A#j,"E@B\x80\x80\x80\x80\xE0\0\v \0  )\0\xB9\v^\0 \0  A#j,"E@B\x80\x80\x80\x80\xE0\0\v \0  )\0"B\0 B \x88\xA7A\bkAoO\x1B  B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\xE0\xFE\xFFQ\x1B\x99A\0G\xADB\x80\x80\x80\x80\x84\v\xC8	~\x7F#\0A0k"$\0B\x80\x80\x80\x80\xE0\0!	@ \0 )\b"\rO\r\0 \0 )\0A\0\xC5"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0B\x80\x80\x80\x800!@@@ \0 \bA\xEE\0 \bA\0"\fB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x800!\x07B\x80\x80\x80\x800!\f\v~ @ \0B\x80\x80\x80\x800A\0A\0A\0\xBC\f\v \0B\x80\x80\x80\x80 \x90\v"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x800!\x07\f\v@@ 
B\xFF\xFF\xFF\xFF\xFF\xFF\xFFQ@ \0A\x878A\0B\x80\x80\x80\x800!B\x80\x80\x80\x800!\x07\f\v  \0 \b \f A\fj9"\x077 \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@A\0!B\x80\x80\x80\x800!\f\v (\f@ !	\f\v  \x077   
"B\x80\x80\x80\x80\bZ~B\x80\x80\x80\x80\xE0~ \xBA\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B \v7(  \0 \r \0)\xD0A A j"7 B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@~ @A\0! \0  \0 AjA\0\xF5\f\v \0 1! \0 B\x80\x80\x80\x800! E\r \0   A\0\v"B\x80\x80\x80\x80p\x83"\vB\x80\x80\x80\x800R@ \vB\x80\x80\x80\x80\xE0\0Q\r\f\v \0B"B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x80\xE0\0!\f\v @  7(  7  \0  \0 A jA\0\xDE"\vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 \v\f\v B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0   A\x07A\0H\r\v \0 A AjA\0\xEFB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0  \0  \0  \0 \x07 B\x80\x80\x80\x8007 B\x80\x80\x80\x8007 
B|!
\f\v\v \0 \bADA\0!\vB\x80\x80\x80\x800!\v \0  \0  \0  \0 \x07 \0 \v \0 \b \0 \f\v A0j$\0 	\v=~B\x80\x80\x80\x80! )\0"B\x80\x80\x80\x80pZ~ \xA7/AkA\xFF\xFFqA\rI\xADB\x80\x80\x80\x80\x84B\x80\x80\x80\x80\v\v\xD4\x7F~#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!\v@ \0 A,"E\r\0 -\0	@ \0A\xD4\xCD\0A\0\f\v@@ A\0J@ )\0"
B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R\r\v  4\x007\b\f\v \0 A\bj 
\xAC\r\v -\0\b@ \0\x83\f\v\x7F @ )\b!
A\0\f\v )\b!
A\0 ("A\0H\r\0  \xAD"\f7\0 
 \fV@ \0A\xF4\xE4\0A\0\f\v A\0 (A,F\x1B\v! 
P@@ B\x80\x80\x80\x80pT\r\0 \xA7"/AG\r\0 ( "E\r\0 -\0\b\r\0 ("@ \0( ( (\f \0\v A:\0\b A\x006\0 A\x006\f \xDF\v \0B\x80\x80\x80\x800B\0 A\x83!\v\f\v (! (\f!\x07@ (\0"	\xAC" 
Q@ \x07!\f\v 
B\x80\x80\x80\x80\bZ@ \0A\xF4\xE4\0A\02\f\v 
\xA7!\b A,G@ \0 \b?"E\r 	 \b \b 	J\x1B"@  \x07 \xFC
\0\0\v \0( ( \x07 (\0A,!\f\v \0 \x07 \b\xB4"E\rA,!  
Z\r\0 \b 	k"\x07E\r\0  	jA\0 \x07\xFC\v\0\v A:\0\b A\x006\0 A\x006\f \xDF \0B\x80\x80\x80\x800 
 A  A\0\xAA!\v\v Aj$\0 \v\vN\x7F~B\x80\x80\x80\x80\xE0\0! \0 A,"~ -\0	@ \0A\xAF\xCD\0A\0B\x80\x80\x80\x80\xE0\0\v -\0\bA\0G\xADB\x80\x80\x80\x80\x84B\x80\x80\x80\x80\xE0\0\v\v\xFC~\x7F#\0A k"
$\0B\x80\x80\x80\x80\xE0\0!@ \0  ,"\vE\r\0 \v-\0\b@ \0\x83\f\v \0 
Aj )\0B\0 \v4\0" e\r\0 
 7 )\b"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R@ \0 
Aj \bB\0  e\r 
)!\v 
)!	 \0 B\x80\x80\x80\x800\x93"\bB\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80\xE0\0Q@ \b!\f\v  	}"B\0 B\0U\x1B!\x07@ B\x80\x80\x80\x800Q@ \0B\x80\x80\x80\x800 \x07A\0 \x83!\f\v 
 B\xFF\xFF\xFF\xFF\x07W~ \x07B\xFF\xFF\xFF\xFF\x83B\x80\x80\x80\x80\xE0~ \x07\xBA\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v7\b \0 \bA 
A\bj\xAF! \0 \b \0 
)\b\v B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@ \0  ,"E\r\0 \0  E@ \0A\xF8\xCD\0A\0\f\v@ -\0\b\r\0 4\0 \x07S@ \0A\xF8\xDF\0A\0\f\v \v-\0\b\r\0 \v4\0 \x07 	|S\r\0 \x07\xA7"\0E\r (\f \v(\f 	\xA7j \0\xFC
\0\0\f\v \0\x83\v \0 B\x80\x80\x80\x80\xE0\0!\v 
A j$\0 \v\xB7\x7F~#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!\x07@ \0  ,"E\r\0 )\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 A\bj \xE0\r\0 -\0\b@ \0\x83\f\v ("A\0H@ \0A\xA3\xF9\0A\0\f\v (A,G@ \0A\x9A\xF9\0A\0\f\v@ )\b" \xADV\r\0@ -\0	@  4\0S\r  >\0\f\v \0 (\fA \xA7"\0 BX\x1B\xB4"E\r@  (\0"\xACW\r\0 \0 k"E\r\0  jA\0 \xFC\v\0\v  6\f  \x006\0\v \xDFB\x80\x80\x80\x800!\x07\f\v \0A\xF4\xE4\0A\02\v Aj$\0 \x07\v\xE4~ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0A\x82\xB6A\0B\x80\x80\x80\x80\xE0\0\v )\0"\x8BE@ \0A\xA82A\0B\x80\x80\x80\x80\xE0\0\vB\x80\x80\x80\x80\xE0\0! \0 A<V"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R~ \0A?"E@ \0 B\x80\x80\x80\x80\xE0\0\v \x80! A6\b  7 \0("\0(p" 6  \0A\xF0\0j6  6\0 \0 6p B\x80\x80\x80\x80pZ@ \xA7 6 \v B\x80\x80\x80\x80\xE0\0\v\v(\0 \0  ,"\0E@B\x80\x80\x80\x80\xE0\0\v \0(A\0N\xADB\x80\x80\x80\x80\x84\vb\0 \0  ,"\0E@B\x80\x80\x80\x80\xE0\0\v \0("A\0N@ \xAD\v \0(\0"\0A\0N@ \0\xAD\vB\x80\x80\x80\x80\xE0~ \0\xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vQ\0 \0  ,"\0E@B\x80\x80\x80\x80\xE0\0\v \0(\0"\0A\0N@ \0\xAD\vB\x80\x80\x80\x80\xE0~ \0\xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v\xA8\x7F~#\0Ak"$\0  \xAD7\b@ \0 A A\bj\xEC"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 A\0 A\0J\x1B!@  F\r  Atj)\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v \0   \x07\x91 Aj!A\0N\r\0\v \0 B\x80\x80\x80\x80\xE0\0!\v Aj$\0 \v\xAA\b~\x7F#\0A k"\f$\0 )\0!A!\r@@~ AH@B\x80\x80\x80\x800!
B\x80\x80\x80\x800\f\vB\x80\x80\x80\x800 )\b"
B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0B\x80\x80\x80\x800!	B\x80\x80\x80\x800!B\x80\x80\x80\x800!\b \0 
O\rA\0!\rB\x80\x80\x80\x800 AF\r\0 )\v!\v~@@ \f~~ \0 A\xE2 A\0"	B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80 Q B\x80\x80\x80\x800QrE@ B\x80\x80\x80\x80\xE0\0Q\r \0 	0E@ \0A\xCF\xFA\0A\0\f\vB\x80\x80\x80\x80\xE0\0 \0 \fAj  	\x95"B\x80\x80\x80\x80\xE0\0Q\r \f5\f\v \0 &"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 \fA\bj 8A\0H\r \f)\b\v"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v"\x077 \0 A \fAj\xEC!\b \0 \x07@ \bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0B\0!\x07 B\0 B\0U\x1B!@  \x07Q@ !\f\x07\v \0  \x07r"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r@ \r@ !\f\v \f 7 \f \x07B\xFF\xFF\xFF\xFF\x837 \0 
 \vA \fAj! \0  B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\v \0 \b \x07 \x9A \x07B|!\x07A\0N\r\0\v\v !\f\v \f\vB\x80\x80\x80\x800\v!B\x80\x80\x80\x800!\b\v \0 \bB\x80\x80\x80\x80\xE0\0!\b\v \0  \0 	 \fA j$\0 \b\v9~B\x80\x80\x80\x80\xE0~ )\0"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v;~B\x80\x80\x80\x80\xE0~ *\0\xBB\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v=~B\x80\x80\x80\x80\xE0~ /\0\xF5\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v\f\0 \0 )\0\x89\v\f\0 \0 )\0\x9C\v=~ (\0"\0A\0N@ \0\xAD\vB\x80\x80\x80\x80\xE0~ \0\xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v\x07\0 5\0\v\x07\0 3\0\v\0 2\0B\xFF\xFF\xFF\xFF\x83\v\0 0\0\0B\xFF\xFF\xFF\xFF\x83\v\x07\0 1\0\0\v\0 \0+\0 +\0\xE1\v\0 \0*\0\xBB *\0\xBB\xE1\v\0 \0/\0\xF5 /\0\xF5\xE1\v~ \0)\0" )\0"V  Tk\v~ \0)\0" )\0"U  Sk\v\0 \0(\0"\0 (\0"J \0 Hk\v\r\0 \0/\0 /\0k\v\r\0 \0.\0 .\0k\v\r\0 \0,\0\0 ,\0\0k\v\r\0 \0-\0\0 -\0\0k\v\xD8\f\b\x7F|~}#\0A k"$\0B\x80\x80\x80\x80\xE0\0!@ \0 ["\bE\r\0 \b]@ \0\x93\f\vA\x7F!@@@ \b(("\x07E\r\0A!	@ AF@A\x7F!	  \x07Ak"6A\x7F!
 AH\r \0  )\bB\x7F \xAC \x07\xACe\r  (\0"6A\x7F! A\0N\r\f\v A\x006 AH@ \x07!
\f\v \x07!
 \0 Aj )\b \x07 \x07Z\r\v@ A\x7FG \b((" \x07Or\r\0 5B \x86B\x80\x80\x80\x800R\r\0A\0! ( \x07H\r\v@ \x07   \x07J\x1B"\vE\r\0 B\x007 (!\f\x7F@@\x7F@@A\b )\0"B \x88\xA7" A\bkAoI\x1B"A\x07k\0\v AwF\r \r  \xC4"7 \xB9!\rA\0\f\v B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|\xBF"\rD\0\0\0\0\0\0\xE0\xC3fE \rD\0\0\0\0\0\0\xE0CcEr\r  \r\xFC7 \r \r\x9Db\v!A\f\v \xA7! A\x07F@  6\b B\x80\x80\x80\x807\0 !\v@@@ \b/Ak\0\v Aj ("Atj(\0A\0H\r AI\r AG\r (\r\f\v (AK\r\v \0 Aj \xE3\rA!A\0\f\vA!A\v!\x07 \f \v AFk"\0 \0 \fJ\x1B!\0 
 \v 
 \vH\x1B!A\x7F!@@@@@@@@@@@@@@ \b/Ak\f\0\x07\f\f	
\v\v \r\r )"B\x80|B\x80Z\r\r\f\v  )"B\xFFVr\r\f\v \xA7!\x07 \b($! AF@ \x07A\xFF\xFFq!@ \0 F\r\r  \0 j-\0\0F\r\f \0 	j!\0\f\0\v\0\v E\r\v \0 j \x07A\xFF\xFFq \v \0k\xEE"\0E\r\f \0 k!\f\f\v \r
 )"B\x80\x80|B\x80\x80Z\r
\f\v  )"B\xFF\xFFVr\r	\v \b($! \xA7A\xFF\xFFq!@ \0 F\r	  \0Atj/\0 F\r\b \0 	j!\0\f\0\v\0\v \r\x07 )"B\x80\x80\x80\x80\b|B\x80\x80\x80\x80Z\r\x07\f\v  )"B\xFF\xFF\xFF\xFFVr\r\v \xA7! \b($!@ \0 F\r  \0Atj(\0 F\r \0 	j!\0\f\0\v\0\v \x07E\r \r\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x81\x80\x80\x80\x80\x80\x80\xF8\xFF\0Z@ A\x7FG\r\b \b($!@ \0 F\r  \0Atj/\0A\xFF\xFFqA\x80\xF8K\r \0 	j!\0\f\0\v\0\v \rD\0\0\0\0\0\0\0\0a@ \b($!@ \0 F\r  \0Atj/\0A\xFF\xFFqE\r \0 	j!\0\f\0\v\0\v \r\xCA"\xF5 \rb\r \b($!@ \0 F\r  \0Atj/\0 F\r \0 	j!\0\f\0\v\0\v \x07E\r \r\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x81\x80\x80\x80\x80\x80\x80\xF8\xFF\0Z@ A\x7FG\r\x07 \b($!@ \0 F\r  \0Atj(\0A\xFF\xFF\xFF\xFF\x07qA\x80\x80\x80\xFC\x07K\r \0 	j!\0\f\0\v\0\v \r \r\xB6"\xBBb\r \b($!@ \0 F\r  \0Atj*\0 [\r \0 	j!\0\f\0\v\0\v \x07E\r \b($! \r\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x81\x80\x80\x80\x80\x80\x80\xF8\xFF\0T@@ \0 F\r  \0Atj+\0 \ra\r \0 	j!\0\f\0\v\0\v A\x7FG\r@ \0 F\r  \0Atj)\0B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\r \0 	j!\0\f\0\v\0\v \x07\r \b($! )!@ \0 F\r  \0Atj)\0 Q\r \0 	j!\0\f\0\v\0\v \0!\f\vA\x7F!\v A\x7FG\r\v A\0N\xADB\x80\x80\x80\x80\x84!\f\v \xAD!\v A j$\0 \v\x97\x7F~#\0A k"$\0B\x80\x80\x80\x80\xE0\0!\v@ \0 ["
E\r\0 
]@ \0\x93\f\v 
((!\bA,!@ A\0L rE@B\x80\x80\x80\x800!\f \b"!	 )\0"\rB\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r \0 \r("\fB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\rA\x7F! \f\xA7"\x07(AF@ \x07-\0!\v \b 
(("	 \b 	H\x1B!\f\vB\x80\x80\x80\x800!\f \b"!	\v \0 A\bjA\0C A\0 A\0J\x1B!A\0!@@  G@@ E\r\0 A\0N@ A\bj 5E\r\f\v A\bj \x07A\0 \x07(A\xFF\xFF\xFF\xFF\x07qL\r\v \0  \xA3"\vB\x80\x80\x80\x80p\x83"\rB\x80\x80\x80\x80 Q \rB\x80\x80\x80\x800QrE@ \rB\x80\x80\x80\x80\xE0\0Q\r A\bj ~ \0 \v\x9B \v\v\xAD\r\v Aj!\f\v\vA 	 	AL\x1B! A\0H!@  \bH@@ E@ A\bj 5\r\f\v A\bj \x07A\0 \x07(A\xFF\xFF\xFF\xFF\x07qL\r\v Aj!\f\v\v \0 \f A\bj<!\v\f\v (\b("Aj (\f (\0\0 \0 \fB\x80\x80\x80\x80\xE0\0!\v\v A j$\0 \v\va~ \0 ["E@B\x80\x80\x80\x80\xE0\0\vB\x80\x80\x80\x80\xE0\0! \0B\x80\x80\x80\x800  / ((\x84"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@ \0  \0 \xFA! \0 \v \v\xBE\x7F~|#\0A k"$\0@ (\r\0@ \0(\0" (\b"(("\0I@ (\0" \0I\r\v A6\f\v  (\0"\0 ($ ( lj (\r\x007  \0 ($ ( lj (\r\x007@ \0 )B\x80\x80\x80\x800A Aj"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ A6\f\v@ \x07B\xFF\xFF\xFF\xFFX\x7F \x07\xA7Au \x07B\0Rr \0 A\bj \x07hA\0H\r +\b"\bD\0\0\0\0\0\0\0\0d \bD\0\0\0\0\0\0\0\0ck\v"\r  I  Kk!\f\v A6\v \0 ) \0 )\v A j$\0 \v\x8C\x7F~#\0A0k"$\0B\x80\x80\x80\x80\xE0\0!
@ \0 ["E\r\0 \0 A\fj )\0 ((" Z\r\0 ( "(!\x07 /  6\bA\xA7\xC8j-\0\0!\b (\f!\x7F )\b"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@AA (\x1B\f\v \0 A\bj 	  Z\r (\b!A\v! \0 \xFD"	B\x80\x80\x80\x80\xE0\0Q\r\0  	7  7   \bt \x07j\xAD7    k"A\0 A\0J\x1B\xAD7( \0  Aj\x87!
 \0 	\v A0j$\0 
\v\xF9\x7F~#\0A k"$\0B\x80\x80\x80\x800!	@@@ \0 ["E\r\0 ]@ \0\x93\f\v \0 A\fj )\0 ((" Z\r\0  6\b )\b"
B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R@ \0 A\bj 
  Z\r (\b!\v /  7   (\f"k"A\0 A\0J\x1B"\xAD7 \0A Aj\x87"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 A\0L\rA\xA7\xC8j-\0\0!\x07 \0 \xE2\r\0 \0 	\xE2\r\0 \0 	[!  (( k"\bA\0 \bA\0J\x1B"\b  \bI\x1B!@ E\r\0 / /G\r\0 ($  \x07tj" ($"  \x07t"\0jO  \0 jOrE@@ \0E\r  -\0\0:\0\0 Aj! Aj! \0Ak!\0\f\0\v\0\v \0E\r   \0\xFC
\0\0\f\v \xAD!\vB\0!
@ 
 \vQ\r \0   
\xA7j\xADP"\fB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 	 
 \fA\x80\x80\xF8 
B|!
A\0N\r\0\v\v \0 	\vB\x80\x80\x80\x80\xE0\0!	\v A j$\0 	\va~ \0 ["E@B\x80\x80\x80\x80\xE0\0\vB\x80\x80\x80\x80\xE0\0! \0B\x80\x80\x80\x800  / ((\x84"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@ \0  \0 \0\xFB! \0 \v \v\xB7~\x7F#\0A k"
$\0B\x80\x80\x80\x800!@@ \0 \x90"\vA\0H\r\0 \0 )\0"\bO\r\0B\x80\x80\x80\x800! AN@ )\b!\v \vAkA\0 A~qAF"\x1B!A\x7FA \x1B!\fA\x7F \v \x1B!@  G@ \0  \xAD"\x07P"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r 
 7 
 \x077\b 
 7\0 \0 \b A 
"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 	-@@ Ak\0\0\v \0  \x07!\f \0   \fj!\f\v\0\v\vB\x80\x80\x80\x800B\xFF\xFF\xFF\xFF AkA}q\x1B!\f\v \0 B\x80\x80\x80\x80\xE0\0!\v 
A j$\0 \v\xC3\x7F~#\0A k"$\0B\x80\x80\x80\x80\xE0\0!\b@ \0 ["E\r\0@ ]\r\0 ((!@ /"\x07AF@ )\0"	B\x80\x80\x80\x80\xF0~Z@ 	\xA7"\x07 \x07(\0Aj6\0\v \0 A\bj 	\xCE\r  4\b7\f\v \x07A\x1BM@ \0 A\bj )\0\x80\r  5\b7\f\v \x07AM@ \0 Aj )\0\xE3\r\f\v \0 A\bj )\0H\r ~@@@ /Ak\0\v +\b\xCA\xAD\f\v +\b\xB6\xBC\xAD\f\v )\b\v7\v A\x006\b@ AL@  6\f\v \0 A\bj )\b  Z\r  6 AF\r\0 )"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0 \0 Aj 	  Z\r\v ]\r\0 ("\0 ((" \0 H\x1B!@@@@@@ /A\xA7\xC8j-\0\0\0\v  (\b"\0L\r  \0k"E\r ($ \0j -\0 \xFC\v\0\f\v (\b"\0  \0 J\x1B! /!@ \0 F\r ($ \0Atj ;\0 \0Aj!\0\f\0\v\0\v (\b"\0  \0 J\x1B! (!@ \0 F\r ($ \0Atj 6\0 \0Aj!\0\f\0\v\0\v (\b"\0  \0 J\x1B! )!\b@ \0 F\r ($ \0Atj \b7\0 \0Aj!\0\f\0\v\0\v.\0\v B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v !\b\f\v \0\x93\v A j$\0 \b\v\xC3\x7F~#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!\x07@ \0 ["E\r\0@ ]\r\0 \0 A\fj )\0 ((" Z\r \0 A\bj )\b  Z\r  6@ AH\r\0 )"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0 \0 Aj \b  Z\r\v ]\r\0@ ( (\b"\0k"  (\f"k"  H\x1B" ((  \0 \0 H\x1Bk"  H\x1B"A\0L\r\0  /A\xA7\xC8j-\0\0"t"E\r\0 ($"  tj  \0 tj \xFC
\0\0\v B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v !\x07\f\v \0\x93\v Aj$\0 \x07\vJ~\x7FB\x80\x80\x80\x800!@ B\x80\x80\x80\x80pT\r\0 \xA7/"AkA\xFF\xFFqA\vK\r\0 \0 \0((D Alj(3!\v \v,~B\x80\x80\x80\x80\xE0\0! \0 \xE2~B\x80\x80\x80\x80\xE0\0 \0  \0 \0 \xE4\v\v\xC5~\x7F#\0Ak"	$\0B\x80\x80\x80\x800!B\x80\x80\x80\x800! AN@ )\b!\v )\0!\x07B\x80\x80\x80\x80\xE0\0!\b@ \0 ["E\r\0 \0 	 \xF0\r\0@@@@@ 	)\0"B\0S\r\0 ]\r 5(! \0 \x07&"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \xA7"/AkA\xFF\xFFqA\vM@ /A\xA7\xC8j1\0\0!\x07 ( "
(\f( !\v ( "\f(\f( !\r ]\r   5("}U\r / /G\r  \x07\x86\xA7"E\r  \x07\x86\xA7 \r(\f \f(jj \v(\f 
(j \xFC
\0\0\f\v \0 	A\bj 8\r   	)\b"}W\r\v \0A\x9F\xE4\0A\02\f\v \xA7!A\0!@  \xADW\r \0  \xA3"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r  j!
 Aj! \0  
 \x91A\0N\r\0\v\f\vB\x80\x80\x80\x800!\b\f\v\f\v \0\x93\v \0  	Aj$\0 \b\v\\\0 \0 ["\0E@B\x80\x80\x80\x80\xE0\0\v \0]@B\0\v \0( ("\0A\0N@ \0\xAD\vB\x80\x80\x80\x80\xE0~ \0\xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v\xCE\x7F \0 ["\0E@B\x80\x80\x80\x80\xE0\0\v \0]@B\0\v \0( "(E@ ("\0A\0N@ \0\xAD\vB\x80\x80\x80\x80\xE0~ \0\xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v \x005( \0/A\xA7\xC8j1\0\0\x86"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v\xFC~\x7F#\0Ak"\x07$\0B\x80\x80\x80\x80\xE0\0!@ \0 ["E\r\0 ]@ \0\x83\f\v ((!\b \0 \x07A\bj )\0\xF0\r\0 \x07)\b! \0 )\bA\xD9"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@@ ]\r\0  \b\xAD B?\x87\x83|"B\0S\r\0  5(T\r\v \0A\x82!A\02\f\v \0B\x80\x80\x80\x800  / \b\x84"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0 \f\v \0   \x9AA\0N@ !\f\v \0 \v \x07Aj$\0 \v\x8F~\x7F#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!@ \0 ["E\r\0 ]@ \0\x83\f\v 5(! \0 A\bj )\0\xF0\r\0@ )\b"B\0S@  |"B\0S\r\v  5(Z\r\0 \0  r!\f\vB\x80\x80\x80\x800!\v Aj$\0 \v\x1B\0 \0 ["\0E@B\x80\x80\x80\x80\xE0\0\v \x005(\v\xE1\x7F~#\0A k"$\0B\x80\x80\x80\x80\xE0\0!	@ \0 A!,"\x07E\r\0 A\xA7\xC8j-\0\0!\b \0 A\bj )\0\xAC\r\0 )\b! B\x007 A\x006@ A\x1BL@ \0 Aj \x80E\r\f\v AM@ \0 Aj \xE3E\r\f\v \0  H\r@@@ Ak\0\v  +\0\xCA6\f\v  +\0\xB68\f\v  )\x007\v AN@ \0 )\x92A\0G!\v \x07(\f( "-\0\b@ \0\x83\f\v \x075" )\b"
A \bt\xAC|T@ \0A\xE5\x84A\02\f\v 4\0 \x07("\xAD |S@ \0A\xE5\x84A\0\f\v 
\xA7 (\f jj!\0@@@@@ Ak\v\0\0\v \0 (:\0\0B\x80\x80\x80\x800!	\f\v (! \0  A\bt A\x80\xFEqA\bvrA\xFF\xFFq \x1B;\0\0B\x80\x80\x80\x800!	\f\v \0 ("\0 \0AxA\xFF\x81\xFC\x07q \0A\xFF\x81\xFC\x07qA\bxr \x1B6\0\0B\x80\x80\x80\x800!	\f\v \0 )" B8\x86 B\x80\xFE\x83B(\x86\x84 B\x80\x80\xFC\x07\x83B\x86 B\x80\x80\x80\xF8\x83B\b\x86\x84\x84 B\b\x88B\x80\x80\x80\xF8\x83 B\x88B\x80\x80\xFC\x07\x83\x84 B(\x88B\x80\xFE\x83 B8\x88\x84\x84\x84 \x1B7\0\0B\x80\x80\x80\x800!	\f\v.\0\v A j$\0 	\v\xEA\x07~\x7F#\0Ak"\b$\0B\x80\x80\x80\x80\xE0\0!@ \0 A!,"	E\r\0 A\xA7\xC8j-\0\0!
 \0 \bA\bj )\0\xAC\r\0 AN@ \0 )\b\x92A\0G!\x07\v 	(\f( "-\0\b@ \0\x83\f\v 	5" \b)\b"A 
t\xAC|T@ \0A\xE5\x84A\02\f\v 4\0 	("\xAD |S@ \0A\xE5\x84A\0\f\v \xA7 (\f jj!@@@@@@@@@@@@ Ak\v\v\0\x07\b	
\v 1\0\0!\f\v\v /\0\0"\0 \0A\bt \0A\bvr \x07\x1B\xAD\xC3B\xFF\xFF\xFF\xFF\x83!\f
\v /\0\0"\0 \0A\bt \0A\bvr \x07\x1B\xADB\xFF\xFF\x83!\f	\v (\0\0"\0 \0AxA\xFF\x81\xFC\x07q \0A\xFF\x81\xFC\x07qA\bxr \x07\x1B\xAD!\f\b\v (\0\0"\0 \0AxA\xFF\x81\xFC\x07q \0A\xFF\x81\xFC\x07qA\bxr \x07\x1B"\0A\0N@ \0\xAD!\f\b\vB\x80\x80\x80\x80\xE0~ \0\xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\f\x07\v \0 )\0\0" B8\x86 B\x80\xFE\x83B(\x86\x84 B\x80\x80\xFC\x07\x83B\x86 B\x80\x80\x80\xF8\x83B\b\x86\x84\x84 B\b\x88B\x80\x80\x80\xF8\x83 B\x88B\x80\x80\xFC\x07\x83\x84 B(\x88B\x80\xFE\x83 B8\x88\x84\x84\x84 \x07\x1B\x9C!\f\v \0 )\0\0" B8\x86 B\x80\xFE\x83B(\x86\x84 B\x80\x80\xFC\x07\x83B\x86 B\x80\x80\x80\xF8\x83B\b\x86\x84\x84 B\b\x88B\x80\x80\x80\xF8\x83 B\x88B\x80\x80\xFC\x07\x83\x84 B(\x88B\x80\xFE\x83 B8\x88\x84\x84\x84 \x07\x1B\x89!\f\vB\x80\x80\x80\x80\xE0~ /\0\0"\0 \0A\bt \0A\bvr \x07\x1BA\xFF\xFFq\xF5\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\f\vB\x80\x80\x80\x80\xE0~ (\0\0"\0 \0AxA\xFF\x81\xFC\x07q \0A\xFF\x81\xFC\x07qA\bxr \x07\x1B\xBE\xBB\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\f\vB\x80\x80\x80\x80\xE0~ )\0\0" B8\x86 B\x80\xFE\x83B(\x86\x84 B\x80\x80\xFC\x07\x83B\x86 B\x80\x80\x80\xF8\x83B\b\x86\x84\x84 B\b\x88B\x80\x80\x80\xF8\x83 B\x88B\x80\x80\xFC\x07\x83\x84 B(\x88B\x80\xFE\x83 B8\x88\x84\x84\x84 \x07\x1B"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\f\v.\0\v 0\0\0B\xFF\xFF\xFF\xFF\x83!\v \bAj$\0 \vt\x7F~B\x80\x80\x80\x80\xE0\0! \0 \xE4"~ \xFF@ \0\x93B\x80\x80\x80\x80\xE0\0\v ( ("\0A\0N@ \0\xAD\vB\x80\x80\x80\x80\xE0~ \0\xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1BB\x80\x80\x80\x80\xE0\0\v\v\xC4\x7F~B\x80\x80\x80\x80\xE0\0! \0 \xE4"~ \xFF@ \0\x93B\x80\x80\x80\x80\xE0\0\v ( "\0(@ \0(\f( (\0 \0(k"\0A\0N@ \0\xAD\vB\x80\x80\x80\x80\xE0~ \0\xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v \0("\0A\0N@ \0\xAD\vB\x80\x80\x80\x80\xE0~ \0\xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1BB\x80\x80\x80\x80\xE0\0\v\v6\0 \0 \xE4"\0E@B\x80\x80\x80\x80\xE0\0\v \0( (\f"\0 \0(\0Aj6\0 \0\xADB\x80\x80\x80\x80p\x84\v\xCF\x7F@ B\x80\x80\x80\x80pT\r\0 \xA7"/A;G\r\0 ( "E\r\0 Aj! A\fj!@  (\0"G@ )"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v ) "B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )("B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v Aj!\f\v\v (\b"E\r\0 \0  \0\0\v\v0\x7F@ B\x80\x80\x80\x80pT\r\0 \xA7"/A;G\r\0 ( "E\r\0 \0 \x88\v\v\r\0 \0  A9\x8D\v\v\0 \0 A9\x8E\v\x7F \xA7( "@ \0 \xFC\v\v1\x7F \xA7( "@ \0 (\b\xAD \0 )\0" \0Aj  \0(\0\0\v\v\xCD\x7F@ B\x80\x80\x80\x80pT\r\0 \xA7"/A3G\r\0 ( "E\r\0 Aj!@ AFE@  Atj"\x07!@ \x07 ("G@ )\b"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )"B\x80\x80\x80\x80PT\r \0 \xA7 \0\0\f\v\v Aj!\f\v\v )"B\x80\x80\x80\x80PT\r\0 \0 \xA7 \0\0\v\v\x88\x7F@ B\x80\x80\x80\x80pT\r\0 \xA7"/A3G\r\0 ( "E\r\0 Aj!@ AFE@  Atj"(!@  FE@ ( \0 \xC3!\f\v\v Aj!\f\v\v \0 )" \0Aj  \0(\0\0\v\v\xED~#\0Ak"$\0@@ B\xFF\xFF\xFF\xFFoX@ \0%\f\v \0  \xF6"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r@ \0g"B\x80\x80\x80\x80\xE0\0Q@ )\0!\f\v \0 A\x86 A\x07 )\0!A\0H\r\0 \0 A\x84 A\x07A\0H@B\x80\x80\x80\x800!\f\v \0 A\x85 )\bA\x07A\0N@ !\f\vB\x80\x80\x80\x800!B\x80\x80\x80\x800!\v \0  \0 )\b \0  \0 \vB\x80\x80\x80\x80\xE0\0!\v Aj$\0 \v\xE4~#\0A0k"$\0@ B\xFF\xFF\xFF\xFFoX@ \0%B\x80\x80\x80\x80\xE0\0!\f\v \0 A j \xF6"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0B\x80\x80\x80\x800!B\x80\x80\x80\x800!@@ \0 A\x84 A\0"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 \bO\r\0 \0 )\0A\0\xC5"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@\f\v \0 A\xEE\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@  \0   Aj9"\x077 \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (\r \0 \b A Aj!\x07 \0 ) \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@ \0 \0 \x07A\x83A A j\xBD\x8FE\r\v\v \0 AD\v \0(")\x88! B\x80\x80\x80\x80\xC0\x007\x88  7\b \0 )(B\x80\x80\x80\x800A A\bj! \0 )\b \0   B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q"\x1BB\x80\x80\x80\x80\xE0\0  \x1B!\v \0 \b \0  \0  \0 )  \0 )(\v A0j$\0 \v\x90\x7F~#\0A k"$\0@ B\xFF\xFF\xFF\xFFoX@ \0%B\x80\x80\x80\x80\xE0\0!\f\v \0 Aj" \xF6"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@  \0 )\0B\x80\x80\x80\x800 Ak A\bj"7\b ! \0 B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\x7F \0(")\x88! B\x80\x80\x80\x80\xC0\x007\x88  7\b A\br \v)\0B\x80\x80\x80\x800A A\bj! \0 ) \0 ) \0 )\b B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0 \f\v \0 \v !\v A j$\0 \v\xE2~\x7F#\0A k"$\0 \0 )\0\x92!\v  )"\b7 ) !
 )!	@@ \0 Aj )\b\x80\r\0@ \v\r\0 B\x81\x80\x80\x807\0@ Aq"AF@B\x80\x80\x80\x80\xE0\0! \0g"B\x80\x80\x80\x80\xE0\0Q\r@ \0A\xBB\x8BA\xF6\x8E Aq"\x1B\xC8"\x07B\x80\x80\x80\x80\xE0\0Q\r\0 \0 A\x8D \x07A\x07A\0H\r\0 )\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v \0 A\x8EA\xC4\0 \x1B \x07A\x07A\0N\r\v \0 \f\v )\0"B\x80\x80\x80\x80\xF0~T\r\0 \xA7" (\0Aj6\0\v \0 \b ( A\x07\xC4A\0H\rB\x80\x80\x80\x80\xE0\0! \0 
A\x7F\xE6"A\0H\r E\r\0@ AF@  \0 \b\x83"7\b B\x80\x80\x80\x80\xE0\0Q\r \0 	B\x80\x80\x80\x800A A\bj! \0 )\b\f\v \0 	B\x80\x80\x80\x800A Aj!\v B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 \vB\x80\x80\x80\x800!\f\vB\x80\x80\x80\x80\xE0\0!\v A j$\0 \v\xF0\x07~#\0A\xF0\0k"$\0 B\x80\x80\x80\x8007P@ B\xFF\xFF\xFF\xFFoX@ \0%B\x80\x80\x80\x80\xE0\0!	\f\v \0 A\xE0\0j \xF6"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0B\x80\x80\x80\x800!
B\x80\x80\x80\x800!B\x80\x80\x80\x800!\x07@@ \0 A\x84 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 O\r\0@ \0 )\0A\0\xC5"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@\f\v \0 \x07A\xEE\0 \x07A\0"
B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0  \0B"\v7P \vB\x80\x80\x80\x80\xE0\0Q\r\0 \0B"B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x80\xE0\0!\f\v \0 B\0BA\x07\xA0A\0H\r )h" )\`"\f AF\x1B!@@@@  \0 \x07 
 A\fj9"\b7X \bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (\fE@ \0  A A\xD8\0j! \0 )X B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r  70  7(  \v7   7 B\x80\x80\x80\x807 \0A\xCD\0A A Aj"o"B\x80\x80\x80\x80\xE0\0Q\r@ AF@ !\r \0A\xCD\0AAA o"B\x80\x80\x80\x80\xE0\0Q\r\f\v@ AF@ \0 \v \xA7B\x80\x80\x80\x800A\x07\xC4A\0H\r\x07 \f"\b!\r \fB\xFF\xFF\xFF\xFF\xEF~V\r\f\v !\r "\b"B\x80\x80\x80\x80\xF0~T\r\v \b\xA7" (\0Aj6\0\v \0 A\xE6A\0H@ \0  \0 \r\f\v  7H  \r7@ \0 A\x83A A@k\xBD!\b \0 \r \0  B|! \0 \b\x8FE\r\f\v\v \0 A\x7F\xE6"A\0H\r E\r \f! \0 \0 AF~ \0 \v\x83"B\x80\x80\x80\x80\xE0\0Q\r \0 \v  7P  \vB\x80\x80\x80\x800A A\xD0\0j\x8F\r\f\v !\v \0 \v \0 \x07AD\f\v\v \0(")\x88! B\x80\x80\x80\x80\xC0\x007\x88  7\0 \0 )h"B\x80\x80\x80\x800A ! \0 )\0 \0 	  B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q"\x1BB\x80\x80\x80\x80\xE0\0 	 \x1B!	 )\`!\f\v \0  \0  \0 )P \0 
 \0 \x07 \0 \f \0 \v A\xF0\0j$\0 	\v2\0 )\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 \x8AB\x80\x80\x80\x80\xE0\0\v\xD0~#\0Ak"$\0 )\0!  \0 )\bB\x80\x80\x80\x800A\0A\0"7\b@ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0   A\bjA\0\xF1! \0 )\b B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ !\f\v  \0A\xCB\0A\xCC\0 \x1BA\0A\0A o"\x077\0B\x80\x80\x80\x80\xE0\0! \0 \x07B\x80\x80\x80\x80\xE0\0R~ \0 A\x83A \xBD! )\0 \v\v Aj$\0 \v\x9B~#\0A k"$\0 )\0!@ \0 B\x80\x80\x80\x800\x93"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@ \0 0E@ B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v  7  7\f\v  7\b  7\0A\0!@ AF\r Aj Atj \0A\xCA\0A A o"7\0 B\x80\x80\x80\x80\xE0\0Q@ AF@ \0 )\v \0 B\x80\x80\x80\x80\xE0\0!\f Aj!\f\v\0\v\0\v \0  \0 A\x83A Aj\xA0! \0 ) \0 )\v A j$\0 \v\xB9\r\x07\x7F~#\0A\xE0\0k"\x07$\0 \x07AjA\0A\xC8\0\xFC\v\0 \x07 64 \x07 6\f \x07 \x006\b \x07  j"68 \x07 60 \x07 6X \x07 6L \x07 6 \x07A 6 \x07A4j \x8A@@@@@@@@@@@@ Aq"\bAF@ \0((\x94"\vE\r \v)\b"B\xFF\xFF\xFF\xFFoX\r \xA7"/\xFFE\r ($!\f ( "-\0!\f\v \bAG@ AvAq!A\0!\f\vB\x80\x80\x80\x80\xE0\0! \0 \x8B"	E\r\vA!A\0! \0 	\x91"	E\r\v\v \0A\0AA\0  \x07(0 \x07A\xCC\0j\x82"E\r\x07 \x07 6<  \bAG"
6L  \b6$@ 
E@  /\0AvAq6P  /\0A\x07vAq6T  -\0Aq6X /\0!\b A\xD4\x006l  :\0j  \bA	vAq6\\\f\v A\xD4\x006l  :\0j B\x80\x80\x80\x807X B\x007P E\r\v (@! /*!\b /(!
 A\x006\xC0 A\x006\xC8   \b 
jj"6\xC4 E\r  \0 At'"6\xC8 E\r@ A\0N@ (  A\flj /(A\flj"-\0\bA\bq@  (\xC0"\bAj6\xC0 \0 (\xC8 \bAtj  \xE9\v (!\f\v\vA\0! A~F@@  /*O\r@ (  A\flj /(A\flj"-\0\b"\bA\bq\r\0 (\0 \bAv\x8FE\r\0  (\xC0"\bAj6\xC0 \0 (\xC8 \bAtj  \xE9\v Aj!\f\0\v\0\v@ /( M@A\0!@  /*O\r@ (  A\flj /(A\flj"-\0\bA\bq\r\0 (\0A\xD5\0F\r\0  (\xC0"\bAj6\xC0 \0 (\xC8 \bAtj  \xE9\v Aj!\f\0\v\0  (\xC0"Aj6\xC0 ( !\b (\xC8 Atj" ;  /\0A\xE0\xE1qAr;\0  \0 \b A\flj(\0 6 Aj!\f\v\0\v\0\vA\xFD\xB1A\xDF\x90A\x85\x9EA\xC2\xE2\0\0\0\vA\xA2\x98A\xDF\x90A\x83\x9EA\xC2\xE2\0\0\0\vA\xE7\x9BA\xDF\x90A\x82\x9EA\xC2\xE2\0\0\0\vA\0!@  (@N\r ($ Atj"\b/\0A\x07qAkAO@  (\xC0"Aj6\xC0 (\xC8 Atj" /\0AxqAr"
;\0  
Ajq \b/\0Aqr"
;\0  
Arq \b/\0A\bqr"
;\0 \b/\0!\r  ;  
A\xFA\xE1q \rA\x80qr;\0  \0 \b( 6\v Aj!\f\0\v\0\v  	6\x9C 	E! A\x80q 	r@ A:\0h A6d\v \x07 6D \x07 	A\0G6@ \x07A\bj"q  (\xBC6\xF0 \x07(<! \r\0 \x8E\r\0A!  ($AO\x7F -\0jA\x7FsAqA\v6( \x07(@E@  \x07(\b A\xD5\0S"6\xA4 A\0H\r\v@ \x07(A\xAA\x7FF\r \x07A\bj\x8DE\r\0\v\v \x07A\bj \x07Aj\x8D \0 \x81\f\vA\0! \x07A\bj \x07(@\x7FA\0 \x07(<!@ -\0hAF@ A\v \x07(<A \x07(<A\xD5\0 \x07(<A\x80j /\xA4 \x07(<A? \x07A\bjA\xC4\0\f\v A\xD5\0 \x07(<A\x80j /\xA4\vA\v\x8C 	@ 	 (\xA0:\0d\v \0 \x8C"B\x80\x80\x80\x80\xE0\0Q\r\0 	@ 	 7X \0 	\x8FA\0H\r 	 	(\0Aj6\0 	\xADB\x80\x80\x80\x80P\x84!\v A q\r \0   \f \v\xB0!\f\v 	E\r\v \0 	\xADB\x80\x80\x80\x80P\x84\vB\x80\x80\x80\x80\xE0\0!\v \x07A\xE0\0j$\0 \v5\0#\0Ak"$\0 B\x80\x80\x80\x8007\0  )\x007\b \0 A\x83A \xA0 Aj$\0\v!\0 B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v \v>\0 )\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 \x8A \0 )\0ADB\x80\x80\x80\x80\xE0\0\v5\0 )\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0  \0 )\0\x92\x8B\v\x87\x07\x7F~#\0A@j"$\0~B\x80\x80\x80\x80\xE0\0 \0 A j\x9F"
B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@@\x7F@@@ B\x80\x80\x80\x80pT\r\0 \xA7"/A9G\r\0 ( "\r\v \0A\xB5\xC5\0A\0\f\v@ E@ )\b"\bB\x80\x80\x80\x80\xF0~T\r \b\xA7"\x07 \x07(\0Aj6\0\f\v \0 )\0"AA AF\x1B A\0"\bB\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80 R@ B\x80\x80\x80\x80\xE0\0Q\r B\x80\x80\x80\x800R\r\v AF@ )\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 A\x8B!\b A j\f\v \0 )\0A\0D\r \0A\xFE\x83A\0\f\v  \0 )\0 \b A\0J  Aj"\xA0"7 \0 \b B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 (AF@  \0  \xE9"\b7 \0  \bB\x80\x80\x80\x80\xE0\0Q\r\v \0 \0)\`  AjA\0\xF1"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r \0 ) AF\r\0 (\r\0 \0 )\0AD\v \0(")\x88!\b B\x80\x80\x80\x80\xC0\x007\x88 A jA\br\v!  \b78 \0 )\0B\x80\x80\x80\x800A A8j! \0 )8 \0  \0 )  )(! 
!	\f\v  (A\0G\xADB\x80\x80\x80\x80\x8478  \0A\xC8\0AA\0A A8jo"\b7\0@@ \bB\x80\x80\x80\x80\xE0\0Q@ !\b\f\v@ AG@ (E\r\vB\x80\x80\x80\x800!	 B\x80\x80\x80\x8007\b\f\v  )\x0078  \0A\xC9\0AA\0A A8jo"	7\b 	B\x80\x80\x80\x80\xE0\0R\r \0 \v \0 \b \0 ) \0 )  \0 )(B\x80\x80\x80\x80\xE0\0!	 
!\f\v \0 ) \0   A j\xC4! \0 \b \0 	 \0  \0 )  \0 )(B\x80\x80\x80\x80\xE0\0!	 
" E\r\v \0  	\v A@k$\0\v\xA5\x7FA\0!@ )\0"B\x80\x80\x80\x80pT\r\0 \xA7"/A;G\r\0 ( !\v Aq! (! )\0!@@@ AN@ A~qAG\r A6 @ \0 ( \xE7\f\v \0  A\xFF\f\v AG\r (\b" 6@ @ B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 \x8A\f\v B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v (\`A\bk 7\0\v \0 \x87\vB\x80\x80\x80\x800\vA\xDD\xA0A\xDF\x90A\xE8\xA4A\xD8\xD4\0\0\0\vA\xEA\x9CA\xDF\x90A\xF1\xA4A\xD8\xD4\0\0\0\v\x90\x7F~#\0A k"$\0@ B\x80\x80\x80\x80pT\r\0 \xA7"/A;G\r\0 ( !\v@ \0 Aj\x9F"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@ E@ \0A\xB03A\0 \0(")\x88!\x07 B\x80\x80\x80\x80\xC0\x007\x88  \x077\b \0 )"\x07B\x80\x80\x80\x800A A\bj!\b \0 )\b \0 \b \0 ) \0 \x07\f\v \0A0?"@  6\b )\0"\x07B\x80\x80\x80\x80\xF0~Z@ \x07\xA7" (\0Aj6\0\v  \x077 B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v  7  )7   )7( (\f" 6  A\fj6  6\0  6\f (AF\r \0 \x87\f\v \0 ) \0 ) \0 \vB\x80\x80\x80\x80\xE0\0!\v A j$\0 \v\xDC\x7F~#\0A k"$\0 AF@ )! )\b!@ \0 Aj )\0\xAEA\0H@B\x80\x80\x80\x80\xE0\0!\f\v \0  A Aj"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0(")\x88! B\x80\x80\x80\x80\xC0\x007\x88  7\b \0 )B\x80\x80\x80\x800A A\bj! \0 )\b\v \0 ) \0 )\v A j$\0 \vA\x8F\xA9A\xDF\x90A\xEE\x99A\x99\x92\0\0\va\x7F@ B\x80\x80\x80\x80pT\r\0 \xA7"/A<G\r\0 ( "E\r\0 \0 )\x9B (\0" ("6  6\0 B\x007\0 \0Aj  \0(\0\0\v\vh~ \0 A<,"\0E@B\x80\x80\x80\x80\xE0\0\vB\x80\x80\x80\x800!@@ \0)"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0 \xA7"\0(\0"E\r B\x80\x80\x80\x80\xF0~T\r\0 \0 Aj6\0\v !\v \v\x92\x7F@ B\x80\x80\x80\x80pT\r\0 \xA7"/A=G\r\0 ( "E\r\0 Aj! A\fj!@  (\0"G@ )"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v Aj!\f\v\v )"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v \0 ( \0\0\v\v\xB8\x7F@ B\x80\x80\x80\x80pT\r\0 \xA7"/A=G\r\0 ( "E\r\0 \0Aj! A\fj! (!@  FE@ ( \0 )\b\x9B \0 )\x9B \0 )"   \0(\0\0!\f\v\v \0 )" (\xBF (\0" ("6  6\0 B\x007\0   \0(\0\0\v\v\xF1~\x7FB\x80\x80\x80\x80\xE0\0!@ \0 A=,"E\r\0 )\0"\x8BE@ \0A\xC6\xDC\0A\0\f\v A\fj!\x07 (!B\x80\x80\x80\x80!@ " \x07F\r (! )"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R@ \xA7(\0E\r\v \0  EE\r\0 \0( )\b\x9B \0( )\x9B \0 ) (\0" ("\b6 \b 6\0 B\x007\0 \0("Aj  (\0\0B\x81\x80\x80\x80!\f\0\v\0\v \v\x99~\x7FB\x80\x80\x80\x80\xE0\0!@ \0 A=,"\x07E\r\0 )\0!B\x80\x80\x80\x800! AN@ )!\v )\b! \x8BE@ \0A\xA82A\0B\x80\x80\x80\x80\xE0\0\v \0  E@ \0A\x882A\0B\x80\x80\x80\x80\xE0\0\v@ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0 \x8B\r\0 \0A\xC6\xDC\0A\0B\x80\x80\x80\x80\xE0\0\v \0A '"\0E\r\0 \0 \x807\b B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 7 \0 \x807 \x07(\f" \x006 \0 \x07A\fj6 \0 6\0 \x07 \x006\fB\x80\x80\x80\x800!\v \v\xB0\x7F~#\0A k"$\0@ \xA7"\x07( "E\r\0 (\b"\b(\r\0 \bA6 \x07/A4k!\x07@@ A\0L@B\x80\x80\x80\x800!\f\v \x07 )\0"B\x80\x80\x80\x80pTr\r\0@@ \0  )\0E@ \0A\xBF\xD3\0A\0\f\v \0 A\x83 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\v \0(")\x88! B\x80\x80\x80\x80\xC0\x007\x88 \0 )\0 A\x89 \0 \f\v \0 0\r \0 \v \0 )\0  \x07\x89\f\v )\0!	  7  7\b  	7\0 \0A\xC6\0A \xCF \0 \v A j$\0B\x80\x80\x80\x800\v\xAE\x7F \xA7"/A7k! ( !@@@ A\0J@ )\0!  6 @ B\x80\x80\x80\x80\xF0~T\r \xA7" (\0Aj6\0\f\v B\x80\x80\x80\x80\xF0~T\r \xA7" (\0Aj6\0\f\v  6B\x80\x80\x80\x800! \r\v (\`A\bk 7\0\f\v \0 \x8A\v \0 \xA7B\x80\x80\x80\x800\v\xB5\x7F@ \0A?"@ A\x006  A\fj"6  6\f  \0    \xF9"6\b@ E\r\0 \0 \xC1"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0  \0 A;V"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0  \xA7"\x006\0 B\x80\x80\x80\x80pT\r \0 6 \f\v \0( \x88\vB\x80\x80\x80\x80\xE0\0\v \v\xE0\x7F~#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!
@ \0 )\0"\f\xE5"E\r\0 B\x007\b AN@ \0 A\bj )\b\xAC\r\v -\0\b@ \0\x83\f\v )\b"\v (\0"\xACV@ \0A\xED0A\02\f\v  \v\xA7"\bk!\x7F@ AH\r\0 )"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0 \0  	\xAC\r )\0"	 \xADV@ \0A\xD6\xE5\0A\02\f\v 	\xA7!A!A\0\f\vA\0! (A\x7FsAv\v! \0 A!V"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@ -\0\b@ \0\x83\f\v@ (\0"\x07\xAC"	 \vZ@ E@ \x07 \bk!\f\v \v \xAD| 	X\r\v \0A\xB5\xE5\0A\02\f\v \0A'"E\r\0  \xA7"\x076\b \f\xA7!\0 \fB\x80\x80\x80\x80\xF0~Z@ \0 \0(\0Aj6\0\v  6  6  \b6  \x006\f ("\0 6  Aj6  \x006\0  6 \x07 6  !
\f\v \0 \v Aj$\0 
\v\0 \0A\x80\x8FA\0B\x80\x80\x80\x80\xE0\0\v\xE3\r\x7F~#\0A@j"$\0@@ \0Aj"A\x80 \0(\0\0"E\r\0 AjA\0A\xFB\xFC\v\0 A:\0 A6\0 \0(P" A\bj"\x076  \0A\xD0\0j6\f  6\b \0 \x076P   \0(@At \0(\0\0"68 E@   \0(\0\0\f\v  \x006 \0(H" Aj"\x076  \0A\xC8\0j6  6 \0 \x076H \0(@"\0A\0 \0A\0J\x1B!\0@ \0 G@  AtjB\x80\x80\x80\x80 7\0 Aj!\f\v\v B\x80\x80\x80\x80 7\xA8 B\x80\x80\x80\x80 7P B\x80\x80\x80\x80 7\` B\x80\x80\x80\x80 7X  A\xECj"\x006\xF0  \x006\xEC B\x80\x80\x80\x80 AA\f\xF2!\b (8 \b7\b@ \bB\x80\x80\x80\x80\xE0\0Q\r\0  A\rA\xDF\xC0A\0A\0A\0 \bB\x80\x80\x80\x80pZ~ \b\xA7"\0 \0/A\x80\xC0\0r; (8)\b \b\vA\r\x92"\b7@ \bB\x80\x80\x80\x80\xE0\0Q\r\0 \bB\x80\x80\x80\x80\xF0~Z@ \b\xA7"\0 \0(\0Aj6\0\v (8"\0 \b7h   \0)\bA1A\xC0\0\xF2"\b7\xD0 \bB\x80\x80\x80\x80\xE0\0Q\r\0 B\x80\x80\x80\x80 AA\xF2!\b (\xD0 \b7   B\x80\x80\x80\x80 AA\xF2"\b7\xD8 \bB\x80\x80\x80\x80\xE0\0Q\r\0 AA\xA5\xC6\0AAAA\x7FB\x80\x80\x80\x800A\x80\xFBAA\x90\xFBAA\0F"\bB\x80\x80\x80\x80\xE0\0Q\r\0 A\xE8\0j!\0A\0!@@ A\bG@ A\x7F (  A\xD8r\x85AAA A\x07F\x1BA  \bA\0A\0 AtA\xC0\xFBjAA\0F"	B\x80\x80\x80\x80\xE0\0Q\r \0 Atj"  	A? 	A\07\0  	 5B \x86B\x80\x80\x80\x80\xE0\0Q\r Aj!\f\v\v  \b AA\xA1 AAAA\0B\x80\x80\x80\x800A\xC0\xFDAA\x80\xFEA(AF"\bB\x80\x80\x80\x80\xE0\0Q\r  \b7P (8("\0 \0/A\x80r;   (8)"\b\xA7A\0 \bB\xFF\xFF\xFF\xFFoV\x1BA\x9D"\x006$ \0E\r  A$jA\0A2A
\x89\r   (8)\b"\b\xA7A\0 \bB\xFF\xFF\xFF\xFFoV\x1BA\x9D"\x006( \0E\r  A(j"\0A\0A2A\x89\r  \0A\0A\xE2A\x89\r  \0A\0A\xD2\0A\x89\r   (8)\b"\b\xA7A\0 \bB\xFF\xFF\xFF\xFFoV\x1BA\x9D"\x006, \0E\r  A,j"\0A\0A2A\x89\r  \0A\0A\xE2A\x89\r  \0A\0A\xD2\0A\x89\r\f\v  \b\v \xBF\vA\0!\v A@k$\0 !\0@@@@ E@ E\r \x8A\r \x86\r A	6\xF8 \x82\r \x80\r \xFE\r \xFC\r \xF9\r \xF7\r \xF6\r@ ("(@A=O@ (D(\xA0\v\r\v A\xC8\xC8A<A\xBE\r\v \0A<A\xE2\xEB\0A
AAA\0B\x80\x80\x80\x800A\0A\0A\xE0\xB0AA\0F"\bB\x80\x80\x80\x80\xE0\0Q\r \0 \b@ (@A>O@ (D(\xB8\v\r\v A\xD4\xC8A=A\xBE\r\v \0A=A\xDCA\vAAA\0B\x80\x80\x80\x800A\0A\0A\x80\xB1AA\0F"\bB\x80\x80\x80\x80\xE0\0Q\r \0 \b\f\v \0E\r Aq@ \0\x8A\v Aq@ \0\x86\v Aq@ \0A	6\xF8\v A\bq@ \0\x82\v Aq@ \0\x80\v A q@ \0A\f6\xF4\v A\xC0\0q@ \0\xFE\v A\x80q@ \0\xFC\v A\x80q@ \0\xF9\v A\x80q@ \0\xF7\v A\x80\bqE\r\0 \0\xF6\v \0(!A\xB4\xB5(\0"E@A\xB4\xB5A\x8C\xA7(\0"6\0A\x8C\xA7 Aj6\0\v (@ K@ (D Alj(\0\r\v A\xF8\xA6(\0" A"\xF2"E@ A\xF8\xA6(\0 A\x9C"E\r\v  A\xF8\xA6 \xF1  {E\r\v \0\xBF\vA\0!\0\v \0\v\0 \0   A\x81\v\0 \0   A\x81\v\xCF\x7F~#\0A k"$\0@@@ Aq@B\x80\x80\x80\x80\xE0\0!\x07 \0 Aj A\xE2\0\x82"E\r@ )\0"B\x80\x80\x80\x80pZ@ \xA7-\0Aq\r\v \0 \x96\f\v )"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0    \xD2!\x07\f\v \0  \xD3"	B\x80\x80\x80\x80\xE0\0Q\r )\0!  7  	7\b  7\0 \0 \b )\bA "B\xFF\xFF\xFF\xFFoV\r B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0  \0%\f\vB\x80\x80\x80\x80\xE0\0!\x07 \0 Aj A\xDE\0\x82"E\r )! -\0E@ \0  \0A\xC9\xD5\0A\0\f\v B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0 )\0   !\x07\f\v \0  \xD3"\bB\x80\x80\x80\x80\xE0\0Q@ \0 \f\v )\0!\x07  \b7  7\b  \x077\0 \0  )\bA !\x07 \0  \0 \b\f\v !\x07\v \0 \b \0 	\v A j$\0 \x07\v\xCF~ )\b!B\x80\x80\x80\x80\xE0\0!@@@ \0 )\0"\xD6"A\0N~@ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R\r\0 \0((\x94)\b! E B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Rr\r\0 \0 A\xC0\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \v \0  E \0 E\r\0 B\x80\x80\x80\x80\xF0~T\r \xA7"\0 \0(\0Aj6\0\f\v@@@ B\x80\x80\x80\x80pT\r\0 \xA7"/AG\r\0 ( " (\0Aj6\0 \xADB\x80\x80\x80\x80\x90\x7F\x84! B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ ($" (\0Aj6\0 \0 AV"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x800!\f\v \xADB\x80\x80\x80\x80\x90\x7F\x84!\f\v B\x80\x80\x80\x80\xF0~T\r \xA7" (\0Aj6\0\f\v@@@ @B\x80\x80\x80\x800!\x07 \0 A\xF0\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x800!\f	\v B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0 A\xF1\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\f	\v ! B\xFF\xFF\xFF\xFF\xEF~V\r\f\v B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v B\x80\x80\x80\x80\xF0~T\r\v \xA7" (\0Aj6\0\v !\vB\x80\x80\x80\x800!\x07 B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0A/3!\f\v \0 (! \0  ! B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\v \0 AV"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0  \xDB"B\x80\x80\x80\x80\xE0\0Q\r \0 \v B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FQ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FQqE@ \0A\xC0\x8AA\0 \0 \x07 \0  \0 B\x80\x80\x80\x80\xE0\0\v \x07\xA7" >$  >  \0 \x07A\xD9\0B\0A \x07B\x80\x80\x80\x80\xE0\0\v\v !\v \0  \0  \0 \x07B\x80\x80\x80\x80\xE0\0\v \v\0 \0(\xF8\x8E \0\x90\v\xD6\x7F~|#\0A@j"$\0@|@@@@@ A\0 B\x80\x80\x80\x80p\x83"	B\x80\x80\x80\x800R\x1B"\0\v\xD5\xB9\f\v@ )\0"\x07B\x80\x80\x80\x80pT\r\0 \x07\xA7"/A
G\r\0 ) "\bB \x88"
PE 
\xA7A	jAIq\r\0 \0  \bH\r\f\v  \0 \x07A\xD9"\x0778 \x07B \x88B\xFB\xFF\xFF\xFF}B~Z@ \0   A8j\xD4!\b \0 \x07 \bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0  \bhE\r\f\v \0  \x07hE\r\f\v A\0A8\xFC\v\0 B\x80\x80\x80\x80\x80\x80\x80\xF8?7A\x07 A\0 A\0J\x1B" A\x07N\x1B!@  G@ At! Aj! \0  j  j)\0HE\r\f\v\v A\xD3\f\vB\x80\x80\x80\x80\xE0\0!\f\v +\0"\v\x9DD\0\0\0\0\0\0\0\0\xA0D\0\0\0\0\0\0\xF8\x7F \v\x99D\0\0\xDC\xC2\b\xB2>Ce\x1B\v!\v@ \0 A
V"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 \x07~@ \vD\0\0\xC0\xFF\xFF\xFF\xDFAe \vD\0\0\0\0\0\0\xE0\xC1fqE@ \v\xBD!\f\v \v\xBD" \v\xFC"\xB7\xBDR\r\0 \xAD\f\vB\x80\x80\x80\x80\xE0~ B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \v\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v\xB2 	B\x80\x80\x80\x800R\r\0 \0 \x07  A\xD2! \0 \x07\f\v \x07!\v A@k$\0 \v\xEB~#\0Ak"$\0@@ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R@ \0 \x96\f\v )\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v@@@@@@A\b B \x88\xA7" A\bkAoI\x1BA	j\x07\0\0\x07\v \0 \xC4\x9C!\f\v B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|"B4\x88\xA7A\xFFq"A\xFFG@@\x7F B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\x83"B\0R rE@ \0A\0\xD7\f\v A\xFF\x07I\r B\x80\x80\x80\x80\x80\x80\x80\b\x84!\x7F A\xB2\bM@ B\x7FA\xB3\b k\xAD"\x86B\x7F\x85\x83B\0R\r  \x88!A\0\f\v A\xB3\bk\v! A\x006\0 \x7FB\0 }  B\0S\x1B"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@  >\bA\f\v  7\bA\v6 \0  \xCC\v"E\r \0 \xC2!\f\x07\v \0A\x95\xCC\0A\02\f\v \0A\x80/A\02\f\v \0 \xBC!\f\v \0 A\xB5"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\f\v\v \0  \0A\xA9/A\0\vB\x80\x80\x80\x80\xE0\0!\v Aj$\0 \vw\x7F B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R@ \0 \x96B\x80\x80\x80\x80\xE0\0\v~@ E\r\0 )\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0B\x80\x80\x80\x80\xE0\0 \0 ("B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \xA7!\v \0 A\x91\v\vY~ \0 )\0\x92A\0G\xADB\x80\x80\x80\x80\x84! B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \v \0 AV"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@ \0  \xB2\v \v\xEB~|\x7F#\0Ak"\b$\0@@@ E@\f\v )\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 n"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r B \x88"B\xF7\xFF\xFF\xFFR@ \xA7A\x07G\r B\xFF\xFF\xFF\xFF\x83!\f\v| \xA7"("AF@ (\b\xB7\f\v Aj Atj(\0Av! \bA\fj \xC1!~ \b(\f"A\xFF\x07J@B\0!B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0\f\v B\v\x88B\x83 B\x83 B\x88\x84|B\xFF|"B\0 B\0U\x1BB
\x88B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\x83!  B?\x88\xA7jA\xFF\x07j\xADB4\x86\v  \xADB?\x86\x84\x84\xBF\v!\x07 \0 @ \x07D\0\0\xC0\xFF\xFF\xFF\xDFAe \x07D\0\0\0\0\0\0\xE0\xC1fqE@ \x07\xBD!\f\v \x07\xBD" \x07\xFC"\xB7\xBDR\r\0 \xAD!\f\vB\x80\x80\x80\x80\xE0~ B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \x07\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\v B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0 \0 AV"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0  \xB2\f\v !\v \bAj$\0 \v|~ A\0J@ )\0"B\xFF\xFF\xFF\xFFoX@ \0%B\x80\x80\x80\x80\xE0\0\v \xA7" (\0Aj6\0B\x80\x80\x80\x80\xE0\0B\x80\x80\x80\x800 \0 A\xC0\0 AA\0H\x1B\v )\0"B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v \v\x90	\x7F~ \0((\x80#\0"\x07"\f \xA7( "
("\b j"\vAt"	kK@ \0tB\x80\x80\x80\x80\xE0\0\f\v \bA\0 \bA\0J\x1B!\r 
Aj! \x07 	AjApqk"\x07$\0~  \rF~A\0! A\0 A\0J\x1B! \x07 \bAtj!\b@  FE@ \b At"	j  	j)\x007\0 Aj!\f\v\v Aq@ \0  E! \0 
)\0"   \x1B \v \x07\xD2\f\v \0 
)\0 
)\b \v \x07 \x07 At"	j 	 j)\x007\0 Aj!\f\v\v\v \f$\0\vT\0 B\xFF\xFF\xFF\xFFoX@ \0A\x82\xB6A\0B\x80\x80\x80\x80\xE0\0\v@ \xA7"/A\fG\r\0 ($AG\r\0 \0A\x91\xFA\0A\0B\x80\x80\x80\x80\xE0\0\v \0 A'V\v\x8E\x7F~#\0A k"$\0 \0 A\bj"A\0C A(5 A~qAF@ A\xAB\xBC|\v A\bj"A\x84\xD6\0| A}qAF@ A*5\v A\bjA\xD1\xB5|A\0! Ak"\x07A\0 \x07A\0J\x1B!\b@@@@  \bG@ @ A\bjA,5\v At!	 Aj! A\bj  	j)\0\x8CE\r\f\v\v A\bj"A\xC0\xBC| A\0J@   \x07Atj)\0\x8C\r\v A\bj"A\xE0\xAF|B\x80\x80\x80\x800!\v <"
B\x80\x80\x80\x80\xE0\0Q\r \0 \0)\xD0 
AA\x7F\xA8!\v \0 
 \vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r \0 A? A\0"
B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r@ 
B\xFF\xFF\xFF\xFFoV\r\0 \0 
 \0 \x8E"E\r (8 At/\xD0\xE4Atj)\0"
B\x80\x80\x80\x80\xF0~T\r\0 
\xA7" (\0Aj6\0\v \0 \v 
A\x98 \0 
A\0N\r\f\v (\b("Aj (\f (\0\0B\x80\x80\x80\x800!\v\v \0 \vB\x80\x80\x80\x80\xE0\0!\v\v A j$\0 \v\vU\0@ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0 \0((\x94(\b \xA7F\r\0 \0 AV\v )\0"B\x80\x80\x80\x80\`\x83B\x80\x80\x80\x80 Q@ \0g\v \0 &\vC\0~@ \xB2"E\r\0 -\0Aq A\0Jr\r\0B\x80\x80\x80\x800 /\0Aq\r\v \0A\xD88A\0B\x80\x80\x80\x80\xE0\0\v\v5~B\x80\x80\x80\x80! )\0"B\x80\x80\x80\x80pZ~ \xA7/AF\xADB\x80\x80\x80\x80\x84B\x80\x80\x80\x80\v\v\x9F~ B\xFF\xFF\xFF\xFFoX@ \0%B\x80\x80\x80\x80\xE0\0\vB\x80\x80\x80\x80\xE0\0!~ \0 A: A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0A\xA23\f\v \0 @\v"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80\xE0\0R~~ \0 A6 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0A/3\f\v \0 @\v"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80\xE0\0Q@ \0 B\x80\x80\x80\x80\xE0\0\v@ B\x80\x80\x80\x80\x90\x7FQ@ \xA7(A\xFF\xFF\xFF\xFF\x07qE\r\v B\x80\x80\x80\x80\x90\x7FQ@ \xA7(A\xFF\xFF\xFF\xFF\x07qE\r\v \0A\xDF\xC0 A\xB2\xBC\xC6!\v \0  \x97B\x80\x80\x80\x80\xE0\0\v\v!\0 B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v \v\xA2~\x7F#\0Ak"\b$\0B\x80\x80\x80\x80\xE0\0!@~@ B\x80\x80\x80\x80pT\r\0 \xA7-\0AqE\r\0 \b \xAD7\b \0 A \bA\bj\xAF\f\v \0B\v"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 A\0 A\0J\x1B\xAD!\x07B\0!@@  \x07R@  \xA7Atj)\0"B\x80\x80\x80\x80\xF0~Z@ \xA7"	 	(\0Aj6\0\v \0   A\x80\x80\xEF B|!A\0N\r\f\v\v \0 A2 A\0N~ \xADB\x80\x80\x80\x80\xE0~ \xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v;A\0H\r\0 !\f\v \0 \v \bAj$\0 \v\xF0\b	~\x7F#\0A k"\r$\0 )\0!A!@@~ AH@B\x80\x80\x80\x800!
B\x80\x80\x80\x800\f\vB\x80\x80\x80\x800 )\b"
B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0B\x80\x80\x80\x800!\vB\x80\x80\x80\x800!B\x80\x80\x80\x800!\x07B\x80\x80\x80\x800!	B\x80\x80\x80\x800! \0 
O\rA\0!B\x80\x80\x80\x800 AF\r\0 )\v!\f@@@@@@ \0 A\xE2 A\0"\vB\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80 Q B\x80\x80\x80\x800QrE@ B\x80\x80\x80\x80\xE0\0Q\r \0 \v0E@ \0A\xCF\xFA\0A\0\f\vB\x80\x80\x80\x800!\x07~@ B\x80\x80\x80\x80pT\r\0 \xA7-\0AqE\r\0 \0 A\0A\0\xAF\f\v \0B\v"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0  \v\xF4"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x800!	\f\b\v \0 A\xEE\0 A\0"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\x07@ \0  	 \rA\bj9"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\b \r(\b@\f\v@ @ !\f\v \r 7 \r \bB\xFF\xFF\xFF\xFF\x837 \0 
 \fA \rAj! \0  B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\v \0  \b dA\0H\r \bB|!\b\f\0\v\0\v \0 &"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 \rA\bj \x078A\0H\r \r~ \r)\b"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v"7~@ B\x80\x80\x80\x80pT\r\0 \xA7-\0AqE\r\0 \0 A \rAj\xAF\f\v \0B\x80\x80\x80\x800A \rAj\x89\v! \0  B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\rB\0! B\0 B\0U\x1B!\b@  \bQ@B\x80\x80\x80\x800!	B\x80\x80\x80\x800!\f\vB\x80\x80\x80\x800!	 \0 \x07 r"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r@ @ !\f\v \r 7 \r B\xFF\xFF\xFF\xFF\x837 \0 
 \fA \rAj! \0  B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\x07\v \0   d B|!A\0N\r\0\v\f\v \0 AD\f\vB\x80\x80\x80\x800!\f\v \0 A2 \b\xA7"A\0N~ \bB\xFF\xFF\xFF\xFF\x07\x83B\x80\x80\x80\x80\xE0~ \xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v;A\0H\r\f\vB\x80\x80\x80\x800!B\x80\x80\x80\x800!\x07\vB\x80\x80\x80\x800!	\vB\x80\x80\x80\x800!\v \0 B\x80\x80\x80\x80\xE0\0!\v \0 \x07 \0 \v \0  \0 	 \rA j$\0 \v\xB1\0 \0A\b?"@ A\x006\0  \0    \xF9"6@ E@ A6\0\f\v \0 \xC1"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0  \0 A0V"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 B\x80\x80\x80\x80pZ@ \xA7 6 \v \v \0( \x8A \0("\0Aj  \0(\0\0\vB\x80\x80\x80\x80\xE0\0\v&\0B\x80\x80\x80\x80\xE0\0 \0 )\0\xD5"\0A\0G\xADB\x80\x80\x80\x80\x84 \0A\0H\x1B\v\x8E\x07	\x7F|#\0A@j"$\0@ \0("
(\x80  \xA7"\b-\0("\vAt"\fkK@ \0tB\x80\x80\x80\x80\xE0\0!\f\v \b-\0)!\r  
(\x946 
 Aj6\x94 \b( !\x07  7 A\x0064  60@  \vN@ !\0\f\v A\0 A\0J\x1B!  \fAjA\xF0qk"\0$\0@ 	 F@ !@  \vFE@ \0 AtjB\x80\x80\x80\x8007\0 Aj!\f\v\v  \v60 \0 	At"\fj  \fj)\x007\0 	Aj!	\f\v\v\v  \x006  \b($!@@@@@@@@@@@@@@@@@ \r\r\v\0\0\x07\b	
\v Aq\r
B\x80\x80\x80\x800! \rAG\r
\f\r\v Aq\r\0B\x80\x80\x80\x800! \rAF\r\f\v \x07   \0 \b.* \0!\f\r\v \x07  \x07\0!\f\f\v \x07  \0)\0 \0!\f\v\v \x07  \b.* \0!\f
\v \x07  \0)\0 \b.* 5\0!\f	\v \x07 A\bj \0)\0H\r\x07 +\b \f\0"D\0\0\0\0\0\0\xE0\xC1f D\0\0\xC0\xFF\xFF\xFF\xDFAeqE@ \xBD!\f\v \xBD" \xFC"\0\xB7\xBDR\r \0\xAD!\f\b\vB\x80\x80\x80\x80\xE0\0! \x07 A\bj \0)\0H\r\x07 \x07  \0)\bH\r\x07 +\b +\0 \0"D\0\0\0\0\0\0\xE0\xC1f D\0\0\xC0\xFF\xFF\xFF\xDFAeqE@ \xBD!\f\v \xBD" \xFC"\0\xB7\xBDR\r \0\xAD!\f\x07\v \x07   \0 A\bj \b.* \0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (\b"\0AF\r \x07  \0\x8B!\f\v.\0\v \x07   \0 \0!\f\vB\x80\x80\x80\x80\xE0~ B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\f\vB\x80\x80\x80\x80\xE0~ B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\f\v \x07A\x98#A\0\vB\x80\x80\x80\x80\xE0\0!\v 
 (6\x94\v A@k$\0 \v\xA3\x7F~#\0Ak"$\0B\x80\x80\x80\x800!@@ \0 A\bj \0 &"	8\r\0 A6@ @ )\0!\bB\x80\x80\x80\x800!\x07 AN@ )\b!\x07\v \0 \bOE\r\f\v A\0L@B\x80\x80\x80\x800!\bB\x80\x80\x80\x800!\x07\f\vB\x80\x80\x80\x800!\bB\x80\x80\x80\x800!\x07 )\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0 \0 Aj \xC0A\0H\r\v \0 	B\0\xBF"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ !\f\v ! \0  	 )\bB\0 ( \b \x07\x97B\0S\r\0 	!\f\v \0 	B\x80\x80\x80\x80\xE0\0!\v \0  Aj$\0 \v\xF9~\x7F#\0A k"\b$\0@@ \0 \bAj \0 &"8\r\0 \0 \bA\bj )\0B\0 \b)" e\r\0 \0 \bAj )\bB\0  e\r\0 \b 7\0~  AH\r\0  )"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0 \0 \b B\0  e\r \b)\0\v! \0  \b)\b" \b)"\x07  \x07}"  }"  U\x1B"AA\x7FA   \x07|S\x1B  \x07W\x1B\x86E\r\v \0 B\x80\x80\x80\x80\xE0\0!\v \bA j$\0 \v\xCF\x07	~\x7F#\0A0k"$\0B\x80\x80\x80\x80\xE0\0!@@ \0 A j \0 &"\v8\r\0 B\x007@ A\0J@ \0 Aj )\0B\0 ) "\x07 \x07e\r  \x07 )"}"\b7 AF\r \0 Aj )\bB\0 \bB\0e\r )!\b\f\v ) !\x07\v \x07A  AL\x1BAk\xAD"\f| \b}"	B\x80\x80\x80\x80\x80\x80\x80Y@ \0A\x9F\xE4\0A\0\f\v \0 	\x88"B\x80\x80\x80\x80\xE0\0Q@A\0!B\x80\x80\x80\x80\xE0\0!\f\v 	B\0W@A\0! !B\x80\x80\x80\x800!\f\v \xA7($"\r 	\xA7Atj!@@ \v A,j A\fj\x9F@ \x07 5\fQ\r\v B\0 B\0U\x1B!
B\0!@@@  
Q@@  \fQ\r  \xA7Atj)"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \r 7\0 \rA\bj!\r B|!\f\0\v\0\v \0 \v  \r\\A\x7FF\r \rA\bj!\r B|!\f\v\v \x07 \b 
|"  \x07S\x1B!@  Q\r \0 \v  \r\\A\x7FF\r \rA\bj!\r B|!\f\0\v\0\v !\f\vB\0! B\0 B\0U\x1B! (,!@@  Q@@  \fQ\r  \xA7Atj)"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \r 7\0 \rA\bj!\r B|!\f\0\v\0\v  \xA7Atj)\0"
B\x80\x80\x80\x80\xF0~Z@ 
\xA7" (\0Aj6\0\v \r 
7\0 \rA\bj!\r B|!\f\v\v \x07  \b|"  \x07S\x1B!@  Q\r  \xA7Atj)\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \r 7\0 \rA\bj!\r B|!\f\0\v\0\v  \rF@ B\x80\x80\x80\x800 \0 A2 	B\x80\x80\x80\x80\bZ~B\x80\x80\x80\x80\xE0~ 	\xBA\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B 	\v;A\0H"\x1B!B\x80\x80\x80\x80\xE0\0  \x1B!\f\vA\xBD(A\xDF\x90A\xFF\xCBA\xD1\x8F\0\0\vA\0!B\x80\x80\x80\x800!\v@  \rFE@ \rB\x80\x80\x80\x8007\0 \rA\bj!\r\f\v\v \0  \0 \v A0j$\0 \v\xD1\x7F#\0"@ B\x80\x80\x80\x80pT\r\0 \xA7"/AG\r\0 ( !\x07\v \0   \x07-\0"\0 J\x7FA\0! A\0 A\0J\x1B!	  \0AtAjA\xF0qk"$\0\x7F  	F\x7F !\x7F \0 F\x7F   AtjB\x80\x80\x80\x8007\0 Aj!\f\v\v  At"
j  
j)\x007\0 Aj!\f\v\v \v \x07/ \x07A\bj \x07(\0\0!$\0 \v\xB8\b	~\x7F#\0A0k"$\0B\x80\x80\x80\x800!@@ \0 A j \0 &"
8\r\0 \0 Aj )\0B\0 ) " e\r\0@ @@@@ \0\v  )}!\x07A\0!\f\v \0 Aj )\bB\0  )}B\0e\r Ak! )!\x07\v  \xAD| \x07}B\x80\x80\x80\x80\x80\x80\x80S\r \0A\xA1\xE7\0A\0\f\v  7 ! )\b"\rB\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R~ \0 Aj \rB\0  e\r ) \v )}"B\0 B\0U\x1B!\x07A\0!\v \0 
 \x07B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX~ \x07B\xFF\xFF\xFF\xFF\x83B\x80\x80\x80\x80\xE0~ \x07\xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v"\xBF! \0 @ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 )"\r \x07|!\v@@ 
 A\fj A\bj\x9FE B\x80\x80\x80\x80pTr\r\0 \xA7"/AG\r\0 \r! -\0A\bqE\r  \v 5\b"\b \b \vU\x1B"\b  \bU\x1B }!	 (\f!@ 	 \fQ\r  \xA7Atj)\0"\bB\x80\x80\x80\x80\xF0~Z@ \b\xA7" (\0Aj6\0\v \0  \f \bA\x80\x80\xEFA\0H\r \fB|!\f B|!\f\0\v\0\v \r!\v  \v  \vU\x1B!\b@  \bR@ \0 
  A(j\\"A\0H\r @ \0  	 )(A\x80\x80\xEFA\0H\r\v 	B|!	 B|!\f\v\v \0 A2 	B\x80\x80\x80\x80\bZ~B\x80\x80\x80\x80\xE0~ 	\xBA\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B 	\v;A\0H\r\0 @  \xAD"\v| \x07}!\f@ \x07 \vQ\r\0 \0 
 \v \r| \x07 \r|"  }A\x7FA \x07 \vS\x1B\x86A\0H\r@  \fW\r \0 
 B}"\x8EA\0N\r\0\v\f\vB\0!@  \vR@  \xA7Atj)"\bB\x80\x80\x80\x80\xF0~Z@ \b\xA7" (\0Aj6\0\v  \r|! B|! \0 
  \b\x9AA\0N\r\f\v\v \fB\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX~ \fB\xFF\xFF\xFF\xFF\x83B\x80\x80\x80\x80\xE0~ \f\xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v!	 ! \0 
A2 	;A\0H\r\v 
!\f\v !\v \0 
B\x80\x80\x80\x80\xE0\0!\v \0  A0j$\0 \v\xF6\x7F~#\0A k"$\0B\x80\x80\x80\x800!
@@ )\0"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0 \0 \b0\r\0 \0A\xC9\xD5\0A\0B\x80\x80\x80\x80\xE0\0!	\f\vB\x80\x80\x80\x80\xE0\0!	@ \0 Aj \0 &"\v8\r\0 \0 )"\x07\x88"\bB\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x80\xE0\0!
\f\v@ \x07B\0U@ \b\xA7($!B\0!@@ \v Aj A\fj\x9FE\r\0 \x07 5\fR\r\0 (!@  \x07Q\r  \xA7Atj)\0"\fB\x80\x80\x80\x80\xF0~Z@ \f\xA7" (\0Aj6\0\v  \f7\0 A\bj! B|!\f\0\v\0\v@  \x07Q\r \0 \v  \\A\x7FG@ A\bj! B|!\f\v\v@  \x07Y\r B\x80\x80\x80\x8007\0 A\bj! B|!\f\0\v\0\v \0 \bA2 \x07B\x80\x80\x80\x80\bZ~B\x80\x80\x80\x80\xE0~ \x07\xBA\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B \x07\v;A\0H\r\v \0 \b  \x98"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 	 \b!	\f\v \b!
\v \0 
 \0 \v\v A j$\0 	\v\xDE~\x7F|#\0A k"$\0@ (\r\0 (\0!@@\x7F (\b@ \0 A\b}E\r  \0)\x007  )\x007  )B\x80\x80\x80\x800A Aj"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \xA7Au B\0Rr B\xFF\xFF\xFF\xFFX\r  A\bj hA\0H\r +\b"
D\0\0\0\0\0\0\0\0d 
D\0\0\0\0\0\0\0\0ck\f\v \0(\b"\bE@  \0)\0("B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 \xA7"\b6\b\v (\b"	\x7F \b  )\0("B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r  \xA7"	6\b \0(\b\v 	\x84\v"\x07\r\v \0)" )"U  Sk!\x07\f\v A6\v A j$\0 \x07\v\x9B~\x7F#\0A k"$\0B\x80\x80\x80\x800!B\x80\x80\x80\x80\xE0\0!\x07@ \0 Aj \0 &"\b8\r\0 \0 )"\x88"B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x80\xE0\0!\f\v@ B\0U@ B}! \xA7($!@@ \b Aj A\fj\x9FE\r\0  5\fR\r\0 (!
@ B\0S\r 
 \xA7Atj)\0"	B\x80\x80\x80\x80\xF0~Z@ 	\xA7"\v \v(\0Aj6\0\v  	7\0 A\bj! B}!\f\0\v\0\v@ B\0S\r \0 \b  \\A\x7FG@ A\bj! B}!\f\v\v@ B\0S\r B\x80\x80\x80\x8007\0 A\bj! B}!\f\0\v\0\v \0 A2 B\x80\x80\x80\x80\bZ~B\x80\x80\x80\x80\xE0~ \xBA\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B \v;A\0H\r\v !\x07\f\v !\v \0  \0 \b A j$\0 \x07\v\x85~\x7F#\0A0k"$\0@~@ \0 Aj \0 &"8\r\0  Aj A\fj\x9F! )!@ E\r\0  (\f"\xADR\r\0 AI\rA\0!\0 (!@ \0 Ak"O\r  \0Atj"\x07)\0! \x07  Atj"\x07)\x007\0 \x07 7\0 \0Aj!\0\f\0\v\0\v@  B}"Y\r@@ \0   A(j\\"A\0H\r\0 \0   A j\\"A\0H\r\0@@ @ \0   ) \x9AA\0H\r E\r\f\v E\r \0  \x8EA\0H\r\v \0   )(\x9AA\0H\r B\x80\x80\x80\x8007(\f\v \0  \x8EA\0N\r\v )(\f\v B|!\f\0\v\0\vB\x80\x80\x80\x800\v! \0  \0 B\x80\x80\x80\x80\xE0\0!\v A0j$\0 \v\x85~B\x80\x80\x80\x80\xE0\0! \0 &"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@~B\x80\x80\x80\x80\xE0\0 \0 A\xDF\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 0E@ \0  \0  \0 \0\x9A\f\v \0  A\0A\0=\v! \0 \v \v\x9E\x7F~#\0A k"$\0~@ \0  \0 &"	8\r\0A,!@ A\0L rE@B\x80\x80\x80\x800!\x07A\0! )\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r \0 ("\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\rA\x7F! \x07\xA7"(AG\r -\0!\f\vB\x80\x80\x80\x800!\x07A\0!\v \0 A\bjA\0CB\0! )\0"\bB\0 \bB\0U\x1B!\v@@  \vR@@ P\r\0 A\0N@ A\bj 5\f\v A\bj A\0 (A\xFF\xFF\xFF\xFF\x07qL\v \0 	 \xA7\xA3"\bB\x80\x80\x80\x80p\x83"
B\x80\x80\x80\x80 Q 
B\x80\x80\x80\x800QrE@ 
B\x80\x80\x80\x80\xE0\0Q\r A\bj ~ \0 \b\x9B \b\v\xAD\r\v B|!\f\v\v \0 \x07 \0 	 A\bj<\f\v (\b("Aj (\f (\0\0 \0 \x07\v \0 	B\x80\x80\x80\x80\xE0\0\v A j$\0\v\xA7\x7F~#\0A k"$\0~@@@ \0 Aj \0 &"8\r\0 )"B\0W\r  B}"7\b AN@ \0 A\bj )\bB\x7F  e\r )\b!\v@ B\0S\r \0   Aj\\"A\0H\r @ )\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0  )A\0\xA2\r\v B}!\f\0\v\0\v \0 B\x80\x80\x80\x80\xE0\0\f\vB\x7F!\v \0  B\xFF\xFF\xFF\xFF\x83 B\xFF\xFF\xFF\xFF\x07W\r\0B\x80\x80\x80\x80\xE0~ \xBA\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v A j$\0\v\xE6\x7F~#\0A k"$\0~@ \0 Aj \0 &"\b8\r\0B\x7F!	@ )"\x07B\0W\r\0B\0! B\x007\b AN@ \0 A\bj )\bB\0 \x07 \x07e\r )\b!\v@@ \b Aj \x9FE\r\0  5\0"  U\x1B! (!@  Q@ !\f\v )\0"
B\x80\x80\x80\x80\xF0~Z@ 
\xA7" (\0Aj6\0\v  \xA7Atj)\0"\vB\x80\x80\x80\x80\xF0~Z@ \v\xA7" (\0Aj6\0\v \0 
 \vA\0\xA2\r B|!\f\0\v\0\v  \x07  \x07U\x1B!\x07@  \x07Q\r \0 \b  Aj\\"A\0H\r @ )\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0  )A\0\xA2\r\v B|!\f\0\v\0\v !	\v \0 \b 	B\xFF\xFF\xFF\xFF\x83 	B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX\rB\x80\x80\x80\x80\xE0~ 	\xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\f\v \0 \bB\x80\x80\x80\x80\xE0\0\v A j$\0\v\xE7	~\x7F#\0A0k"$\0B\x80\x80\x80\x800!@@ \0 A\bj \0 &"\b8@B\x80\x80\x80\x800!\f\vB\x80\x80\x80\x800! \0 )\0"
O\r\0B\x80\x80\x80\x800!	 AN@ )\b!	\v )\b"B}B\0 A~qAF"\x1B!\x07B\x7FB \x1B!\vB\x7F  \x1B!\f@ \x07 \fR@ \x07B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX~ \x07B\xFF\xFF\xFF\xFF\x83B\x80\x80\x80\x80\xE0~ \x07\xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 \b P"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r  7   7  7 \0 
 	A Aj"\rB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 \r-@@@ Ak\0\0\v \0  \0 \b\f\v \0  \0 \b !\f \0  \0  \x07 \v|!\x07\f\v\0\v\v \0 \bB\x80\x80\x80\x800B\xFF\xFF\xFF\xFF AkA}q\x1B!\f\v \0  \0  \0 \bB\x80\x80\x80\x80\xE0\0!\v A0j$\0 \v\xA0~\x7F#\0A k"\x07$\0@@ \0 \x07Aj \0 &"8\r\0 \x07B\x007@ AL@ \x07)!\f\v \x07)! )\b"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R@ \0 \x07Aj B\0  e\r\v \x07 7\b AF\r\0 )"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0 \0 \x07A\bj B\0  e\r \x07)\b!\v \x07)"   U\x1B!@  Q\r )\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0   \x9A B|!A\0N\r\0\v\v \0 B\x80\x80\x80\x80\xE0\0!\v \x07A j$\0 \v\xE6\x7F	~#\0A@j"$\0B\x80\x80\x80\x800!\v B\x80\x80\x80\x80070@@@ A\bq"\x07@ B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v  \0 \x90"\xAC7\b A\0N\r\f\v \0 A\bj \0 &"8\r\v \0 )\0"O\r\0@ AL@ )\b"\fB\0 \fB\0U\x1B!
 Aq!@ \b 
Q@ \0A\xDAA\0\f\v \f \bB\x7F\x85| \b \x1B!	 \bB|!\b \x07@  \0  	r"	70 	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\f\v \0  	 A0j\\"A\0H\r E\r\0\v )0!	\f\v )\b"	B\x80\x80\x80\x80\xF0~Z@ 	\xA7" (\0Aj6\0\v Aq! )\b!\f\v \b \f \b \fU\x1B!@ \b Q\r \f \bB\x7F\x85| \b \x1B!
@@@ \x07@  \0  
r"\v78 \vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\f\v \0  
 A8j\\"A\0H@ )8!\v\f\v E\r\v 
B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX~ 
B\xFF\xFF\xFF\xFF\x83B\x80\x80\x80\x80\xE0~ 
\xB9\xBD"\vB\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \vB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v!\r )8!
 \rB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ 
!\v\f\v  7(  \r7   
7  	7B\x80\x80\x80\x800!\v \0 B\x80\x80\x80\x800A Aj! \0 \r \0 
 B\x80\x80\x80\x80078 B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 	 !	\v \bB|!\b\f\v\v  	70\v \0 )0 \0 \vB\x80\x80\x80\x80\xE0\0!	\v \0  A@k$\0 	\v\xE2\b
~\x7F#\0A0k"$\0B\x80\x80\x80\x800! B\x80\x80\x80\x8007(@@@@ A\bq"@ B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v  \0 \x90"\xAC7\b A\0N\rB\x80\x80\x80\x80\xE0\0!\f\v \0 A\bj \0 &"8\r\v )\0!\rB\x80\x80\x80\x800!\f AN@ )\b!\f\vB\x80\x80\x80\x80\xE0\0! \0 \rO\r@@@@@@@ \r\0\0\vB\x80\x80\x80\x80!\f\v~ )\b"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v!\x07B\x80\x80\x80\x80\xE0\0! \0  \x07\xBF"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\f\v \0 B\0\xBF"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\f\v  7  5\b7 \0A Aj\x87"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\f\v \0B"B\x80\x80\x80\x80\xE0\0R\rB\x80\x80\x80\x80\xE0\0!\f\vB\x81\x80\x80\x80!\vB\0!\x07 )\b"B\0 B\0U\x1B!@ \x07 R@@@ @  \0  \x07r"\b7(B\x80\x80\x80\x80\xE0\0! \bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\f\v \0  \x07 A(j\\"A\0H\r E\r\v \x07!\b \x07B\x80\x80\x80\x80\bZ@B\x80\x80\x80\x80\xE0~ \x07\xBA\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\b\vB\x80\x80\x80\x80\xE0\0! \bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r  7   \b7  )("\v7 \0 \r \fA Aj!	 \0 \b 	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r@@@@@@@ \r\0\0\v \0 	-\rB\x80\x80\x80\x80!\f\v\v \0 	-E\rB\x81\x80\x80\x80!\f
\v \0  \x07 	dA\0N\r\f\b\v \0  \x07B\xFF\xFF\xFF\xFF\x83 	A\x80\x80\xF8A\0N\r\f\x07\v \0 	-E\r \vB\x80\x80\x80\x80\xF0~Z@ \v\xA7" (\0Aj6\0\v \0  
 \vdA\0H\r 
B|!
\f\v \0 	\v \0 \v B\x80\x80\x80\x8007(\v \x07B|!\x07\f\v\v A\fG@ !\f\v  7  
B\xFF\xFF\xFF\xFF\x837B\x80\x80\x80\x80\xE0\0! \0A Aj"\x87"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r  7 \0 \0 \x07A\xC6\0A \xA0\x8FE@ \x07!\f\v \0 \x07\f\vB\x80\x80\x80\x80\xE0\0!\v \0 \v \0 )( \0  A0j$\0 \v\xAE~\x7F#\0Ak"	$\0B\x80\x80\x80\x800!@@ \0 &"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 \bB\0\xBF"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0A\x7F!
A\x7F  A\0H\x1B!\v@@ 
 \vG@ \b! 
A\0N@  
Atj)\0!\v@@ B\x80\x80\x80\x80pT\r\0\x7F \0 A\xE9 A\0"B\x80\x80\x80\x80p\x83"\x07B\x80\x80\x80\x800R@ \x07B\x80\x80\x80\x80\xE0\0Q\r\x07 \0 -\f\v \0 \xD5\v"A\0H\r E\r\0 \0 	 8\r 	)\0"\x07 |B\xFF\xFF\xFF\xFF\xFF\xFF\xFFU\rB\0! \x07B\0 \x07B\0U\x1B!\x07@  \x07Q\r \0   	A\bj\\"A\0H\r @ \0   	)\bdA\0H\r\x07\v B|! B|!\f\0\v\0\v B\xFE\xFF\xFF\xFF\xFF\xFF\xFFU\r B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0   dA\0H\r B|!\v 
Aj!
\f\v\v \0 A2 B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX~ B\xFF\xFF\xFF\xFF\x83B\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v;A\0H\r\f\v \0A\xA1\xE7\0A\0\v \0 B\x80\x80\x80\x80\xE0\0!\v \0 \b 	Aj$\0 \v\xC4~\x7F#\0A0k"	$\0B\x80\x80\x80\x800!B\x80\x80\x80\x80\xE0\0!@ \0 	A j \0 &"\b8\r\0 \0 	Aj )\0\xF0\r\0 	) !@@ 	)"B\0S@  |"B\0S\r\v  S\r\v 	 7\0 \0A\xD0\x86 	2\f\v \0 \x88"\x07B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x80\xE0\0!\f\v \x07\xA7($!B\0!@@ \b 	A,j 	Aj\x9FE\r\0  	5R\r\0B\0! 	(,!
@  R@ 
 \xA7Atj)\0"B\x80\x80\x80\x80\xF0~Z@ \xA7"\v \v(\0Aj6\0\v  7\0 A\bj! B|!\f\v\v )\b"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v  7\0@ B|" Y\r 
 \xA7Atj)\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v A\bj" 7\0\f\0\v\0\v@@@  Q\r \0 \b  \\A\x7FG@ A\bj! B|!\f\v\v !\f\v )\b"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v  7\0@ B|" Y\r \0 \b  A\bj"\\A\x7FG\r\0\v\v@  Y@ \x07!\f B\x80\x80\x80\x8007\0 A\bj! B|! 	) !\f\v\0\v\0\v \x07B\x80\x80\x80\x800 \0 \x07A2 B\x80\x80\x80\x80\bY~B\x80\x80\x80\x80\xE0~ \xBA\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B \v;A\0H"\x1B!B\x80\x80\x80\x80\xE0\0 \x07 \x1B!\v \0  \0 \b 	A0j$\0 \v\xEC~#\0A k"$\0B\x80\x80\x80\x80\xE0\0!@ \0 Aj \0 &"8\r\0 \0 A\bj )\0\xF0\r\0B\x80\x80\x80\x800! )\b" )" B?\x87\x83|"B\0S  Yr\r\0@  Aj \x9FE\r\0  5\0Z\r\0 ( \xA7Atj)\0"B\x80\x80\x80\x80\xF0~T\r \xA7" (\0Aj6\0\f\vB\x80\x80\x80\x80\xE0\0! \0   Aj\\"A\0H\r\0 )B\x80\x80\x80\x800 \x1B!\v \0  A j$\0 \v\xBB\x07~\x7F#\0Ak"\r$\0 B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0((\x94)\b!\v@ \0 A? A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@ B\xFF\xFF\xFF\xFFoV\r\0 \0  \0 \x8E"\fE@B\x80\x80\x80\x80\xE0\0!\f\v\x7F A\0H@ \f(8Aj\f\v \f AtjA\xE8\0j\v)\0"B\x80\x80\x80\x80\xF0~T\r\0 \xA7"\f \f(\0Aj6\0\v \0 Ai! \0 B\x80\x80\x80\x80\xE0\0! B\x80\x80\x80\x80\xE0\0Q\r\0@  A\x07F"\fAtj)\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R@ \0 ("B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 A6 A\v@ AA \f\x1B"L\r\0  Atj)\0"B\x80\x80\x80\x80pT\r\0 \0 A7K"A\0H\r E\r\0 \0 A7 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 A7 A\v A\x07F@B\x80\x80\x80\x80\xE0\0!\bB\x80\x80\x80\x800!@@ \0 )\0A\0\xC5"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x800!	\f\v \0 \x07A\xEE\0 \x07A\0"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0B"B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x80\xE0\0!\f\v@ \0 \x07 	 \rA\fj9"\vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@ \r(\f@ !\b\f\v \0  
 \vd 
B|!
A\0N\r\v\v \0 \x07AD\v \0 \v \0 	 \0 \x07 \bB\x80\x80\x80\x80\xE0\0Q\r \0 A8 \bA\v \0 A\0A\0A\0A\xDC !\f\v \0 \v \rAj$\0 \v\b\0B\x80\x80\x80\x800\vY\0@ E@ E\r \0 \xF3\v E@ \0 \0(\0Ak6\0 \0 \0(A\bk6 \x8E\f\v \0(\b \0( jI\r\0  \x87\vA\0\v&\0 @ \0 \0(\0Ak6\0 \0 \0(A\bk6 \x8E\v\v\f\0 \0 \xA7) "\v%\x7F@ \xA7( "E\r\0 ("E\r\0 \0  \0\0\v\v?\x7F@ B\x80\x80\x80\x80pT\r\0 \xA7"/A0G\r\0 ( "E\r\0 \0 \x8A \0Aj  \0(\0\0\v\v'\x7F \xA7( "@ \0 )\0" \0Aj  \0(\0\0\v\v\xC5\x07\x7F~#\0Ak"$\0 B\x007\0 B\xFF\xFF\xFF\xFF7\b@ A\x80\xF3"\0E@\f\v \0A jA\0A\xE0\xFC\v\0 \0A\xC8\xC6)\x007\b \0A\xC0\xC6)\x007\0 )\b!\x07 )\0!\b \0A\x80\x806l \0 \0A\xA8j"6\xAC \0 6\xA8 \0 \0A\xF0\0j"6t \0 6p \0A\0:\0h \0 \0A\xD8\0j"6\\ \0 6X \0 \0A\xD0\0j"6T \0 6P \0 \0A\xC8\0j"6L \0 6H \0 \b7 \0 \x077 \0A\x006$ \0A\x0064 \0A\x006< \0B\x007(@@ \0A\x80\x9D\r\0 \0AjA\xE0\xC8!A!@ A\xEEG@ \0  A"AAA A\xE0K\x1B A\xE0F\x1B\x9CE\r Aj!  jAj!\f\v\v \0A\xF0\xC0AA1\xBEA\0H\r\0 \0(D"A\xBC\xC56\xEC A\xBC\xC56\xD4 A6\xF8 A6\xB0 A\x94\xC66\x9C A\xE8\xC56\x8C A\x076\x90 A\b6\xE0 \0A\x006\xF0 \0B\x84\x80\x80\x80\x807\xE8A\xC0\0 \0(\0\0"\r \0A\x006\xF4\v \0\x90\f\v A\0A\xC0\0\xFC\v\0 \0B\x80\x80\x80\x80\xC0\x007\x88 \0 A\x80\x80@j6\x80 \0 6| \0A\x80\x80\xC0\x006x \0 6\xF4 \0!\v Aj$\0 \vZ\x7F \xA7( "@@ )\0"B\x80\x80\x80\x80pT\r\0 \xA7-\0Aq\r\0 (\f"E\r\0 \0 \xF5 )\0!\v \0 " \0Aj  \0(\0\0\v\v}\x7F@ \xA7( "E\r\0 )\0"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )\b"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )"B\x80\x80\x80\x80PT\r\0 \0 \xA7 \0\0\v\vB\x7F \xA7( "@ \0 )\0" \0 )" \0 )\b" \0 )" \0Aj  \0(\0\0\v\v\x8E\x7F@ \xA7( "E\r\0 )"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v A j! (\0!@  (N\r  Atj)\0"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v Aj!\f\0\v\0\v\ve\x7F \xA7( "@ \0 )" \0 )" A j! (\0!@ ( L@ \0Aj  \0(\0\0 \0  Atj)\0" Aj!\f\v\v\v\vx\x7F@ \xA7( "E\r\0 A\bj! Aj!@ (\0" F\r@ (\0\r\0 )"B\x80\x80\x80\x80PT\r\0 \0 \xA7 \0\0\v )"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v Aj!\f\0\v\0\v\v\xBF\x7F \xA7( "@ \0Aj! Aj! (\b!@  G@ ( Ak-\0\0E@ )!@ (\0@ \0 \x9B\f\v \0 "\v \0 )"\v  A\bk \0(\0\0!\f\v\v  ( \0(\0\0 (\0@ ( " ($"6  6\0 B\x007 \v   \0(\0\0\v\v\x1B\x7F \xA7( "@ \0 (\f \0\0\v\v>\x7F~@ \0)\0"B\x80\x80\x80\x80pT\r\0A\xB4\xB5(\0 \xA7"\0/G\r\0 \0( "\0E\r\0 \0(\0!\v \vR\x7F \xA7( "@ ("@ (\0" 6  6\0 B\x007\0\v \0 5\fB\x80\x80\x80\x80p\x84" \0Aj  \0(\0\0\v\v\xA5\x7F \xA7( "@ Aj! (!@  G@ ( B\x007\0 (\b!! /A!F\r B\x007$\f\v\v@@ -\0	E\r\0 \0(\xD8"E\r\0 \0(\xE0 (\f \0\0\f\v ("E\r\0 \0 ( (\f \0\v \0Aj  \0(\0\0\v\v9\x7F \xA7"($"@ \0 \xADB\x80\x80\x80\x80\x90\x7F\x84"\v ( "@ \0 \xADB\x80\x80\x80\x80\x90\x7F\x84"\v\v!\0 \xA7( )\0"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v\vh\x7F \0 \xA7( ")\0" -\0E@@ (!  (\fOE@ \0  Atj({ Aj!\f\v\v \0Aj  \0(\0\0\v \0Aj  \0(\0\0\vl\x7F@ B\x80\x80\x80\x80pT\r\0 \xA7"/AG\r\0 ( "E\r\0 A\bj!A\0!@  -\0O\r  Atj)\0"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v Aj!\f\0\v\0\v\vj\x7F@ B\x80\x80\x80\x80pT\r\0 \xA7"/AG\r\0 ( "E\r\0 A\bj!A\0!@  -\0OE@ \0  Atj)\0" Aj!\f\v\v \0Aj  \0(\0\0\v\v\x7F\x7F \xA7( ")\0"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v )\b"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v Aj!@ ( J@  Atj)\0"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v Aj!\f\v\v\vY\x7F \0 \xA7( ")\0" \0 )\b" Aj!@  (NE@ \0  Atj)\0" Aj!\f\v\v \0Aj  \0(\0\0\vr\x7F \xA7"( ! ($! (("@ \0  \0\0\v @@ E\r\0A\0!@  (@N\r  Atj(\0"@ \0  \0\0\v Aj!\f\0\v\0\v \0  \0\0\v\v|\x7F \xA7"(("@ \0 \xADB\x80\x80\x80\x80p\x84"\v ( "@ ($"@A\0!@  (@NE@ \0  Atj(\0\x8D Aj!\f\v\v \0Aj  \0(\0\0\v \0 \xADB\x80\x80\x80\x80\`\x84"\v\v\0 \xA7( "\0@ \0\xBF\v\v8\x7F \xA7"($!@  ((OE@ \0  Atj(\0 \0\0 Aj!\f\v\v\vE\x7F \xA7"($!@  ((OE@ \0  Atj(\0\x8D Aj!\f\v\v \0Aj  \0(\0\0\v\0 \0 \xA7"\0) " \0B\x80\x80\x80\x8007 \vD\x7F \xA7!@ (( K@ ($ Atj)\0"B\x80\x80\x80\x80PZ@ \0 \xA7 \0\0\v Aj!\f\v\v\vF\x7F \xA7!@ ($!  ((OE@ \0  Atj)\0" Aj!\f\v\v \0Aj  \0(\0\0\ve\x7F#\0Ak"\x07$\0\x7F@ \xA7"\b-\0A\bqE\r\0 \0 \x07A\fj \xB1E\r\0 \x07(\f \b((O\r\0A\x7F \0 \b\x9D\r\v \0      A\x80\x80rx\v \x07Aj$\0\v\xF4\x7F~@@ A\0N\r\0 \xA7) "\vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FR\r\0 A\xFF\xFF\xFF\xFF\x07q"\x07 \v\xA7"\b("	A\xFF\xFF\xFF\xFF\x07qO\r\0@A \x9FE\r\0 A\x80\xC0\0qE\r B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FR\r\0 \xA7"("
A\xFF\xFF\xFF\xFF\x07qAG\r\0 \bAj!\b\x7F 	A\0H@ \b \x07Atj/\0\f\v \x07 \bj-\0\0\v!\x07\x7F 
A\0H@ /\f\v -\0\v \x07F\r\v \0 A\xB2\xFA\0\x87\v \0      A\x80\x80rx\vA\vF\0\x7F@ A\0N\r\0 \xA7) "B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FR\r\0A\0 A\xFF\xFF\xFF\xFF\x07q \xA7(A\xFF\xFF\xFF\xFF\x07qI\r\vA\v\v\xAC\x7F@ A\0N\r\0 \xA7) "B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FR\r\0 A\xFF\xFF\xFF\xFF\x07q" \xA7"("A\xFF\xFF\xFF\xFF\x07qO\r\0A! E\r\0 Aj!\x7F A\0H@  Atj/\0\f\v  j-\0\0\v! A6\0 \0 A\xFF\xFFq\xD5! B\x80\x80\x80\x8007 B\x80\x80\x80\x8007  7\b\v \vi\x7F \xA7("\0A0j! \0 \0( qA\x7FsAtj(\0!\0@@ \0E@A\0!\0\f\v  \0Atj"A\bk!\0 Ak(\0 F\r\0 \0(\0A\xFF\xFF\xFFq!\0\f\v\v \0A\0G\v\x8B\x7F (\0"A\0J@  Ak"6\0@ \r\0 -\0AqE\r\0 (\b" (\f"6  6\0 A\x006\b \0(\`" A\bj"6  \0A\xE0\0j6\f  6\b \0 6\`\v\vA\xC6\xACA\xDF\x90A\x811A\xEA\x86\0\0\v\v\0 \0 \xA2/\vp\x7F  (\0"Aj6\0 E@ (\b" (\f"6  6\0 A\x006\b \0(P" A\bj"6  \0A\xD0\0j6\f  6\b \0 6P  -\0A\xEFq:\0\v\v\0  (\0Aj6\0\v\0 \0 )\0B\x80\x80\x80\x800A A\bj\v\0A\xF0\xA6\v!~ \0(\0)\x88" (\0)\x88"U  Sk\v\xF5\x7F#\0A k"$\0@@@@ (\0"-\0gAk\0\vB\x80\x80\x80\x800! -\0\xB0\rA\x9D\xD4\0A\xDF\x90A\xFC\xEFA\xDC\x8E\0\0\vA\xA7\xA6A\xDF\x90A\xFF\xEFA\xDC\x8E\0\0\v@@ -\0\xB0E@ (\x84E\r A\x006\x84 \0 \xA6 A\x006 B\x007 \0  Aj\xA5 (!A\0H@B\x80\x80\x80\x80\xE0\0!\f\v  ("AA\xC3\0A\0\xD9 A\0 A\0J\x1B!\x07A\0!@  \x07F@B\x80\x80\x80\x800!\f@  Atj(\0"(d"A\x80\x80\x80xqA\x80\x80\x80(F@ -\0\xB0\rA\x86\xD4\0A\xDF\x90A\x98\xF0A\xDC\x8E\0\0\v A\xFFq@ \0 \xA9\f\v \0  A\bj"\xA8A\0H@  (\0Aj6\0  \xADB\x80\x80\x80\x80P\x84"7\0 \0     \xFA \0  \0 )\b\f\v A\x006\x84 \0 \xA6\v Aj!\f\v\0\v\0\vA\x9C\xD4\0A\xDF\x90A\x80\xF0A\xDC\x8E\0\0\vA\xEF\xD6\0A\xDF\x90A\x81\xF0A\xDC\x8E\0\0\v \0("\0Aj  \0(\0\0\v A j$\0 \v\0A\xE8\xA6\v\0A\xE0\xA6\v\0\v\xD3~\x7F#\0Ak"$\0 AF@ )! \0 )\x92!  ) "7\b\x7F@@ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ @ B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 \x8A\f\v B\x80\x80\x80\x80\xF0~T\r \xA7" (\0Aj6\0\f\v \0 B\x80\x80\x80\x800A A\bj!\v  7\0A\0 B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\v \0(")\x88! B\x80\x80\x80\x80\xC0\x007\x88  7\0A\v!B\x80\x80\x80\x800! \0  Atj)\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R~ \0 B\x80\x80\x80\x800A ! )\0 \v Aj$\0 \vA\xBD\xA8A\xDF\x90A\x8A\x99A\x84\x92\0\0\v\x89~\x7FA\0!B\x80\x80\x80\x800!@@ AG~  At"j"\x075B \x86B\x80\x80\x80\x800Q\r \0A\x921A\0B\x80\x80\x80\x80\xE0\0B\x80\x80\x80\x800\v\v  j)\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \x07 7\0 Aj!\f\0\v\0\v\0A\xD8\xA6\vN~  \0(\03!A\0!\0 B\x80\x80\x80\x80\xE0\0Q  (\03"B\x80\x80\x80\x80\xE0\0QrE@ \xA7 \xA7\x84!\0\v     \0\v\0 \0 6x \0 \x7F \0(| kA\0\v6\x80\v\x9E~@@@@@ -\0"\0\v \0 (\b\x8B"E@B\x80\x80\x80\x80\xE0\0\v \0 3 \0 \v A\bF\r\v.\0\v \0 (\f (\0 -\0\b -\0	 .\x93\vB\x80\x80\x80\x80 ! \0 A\xECG~ \0(8)\bB\x80\x80\x80\x80 \v (\b (\f\x92\v\x9E\x7F~#\0Ak"$\0~ \0 A\bj A\fj  \x95"@ \0   \x94B\x80\x80\x80\x80\xE0\0\f\v (\f"(\fA\x81F@ \0 (\b( (\0Atj(\x80\f\v ("\0\x7F \0 (\b(X($ (\0Atj(\0\v\xADB\x80\x80\x80\x80\x90\x7F\x84\v Aj$\0\vM~ \0g"B\x80\x80\x80\x80\xE0\0R@  (\0Aj6\0 \0 A\xC0\0 \xADB\x80\x80\x80\x80p\x84AA\0N@ \v \0 \vB\x80\x80\x80\x80\xE0\0\v\xDC
\x7F~#\0A\xB0\bk"$\0\x7FA\x80\b\x96"\b!A\xC8#A+\xBC!@@A\xB9\x92A\xF7\0\xBCE@A\xC0\xB1A6\0\f\vA\xB0	A\xB0 \x1B\x96"\r\vA\0\f\v A\0A\xA4\x88 A\x7F6P A\x7F6<  A\x90j6T A\x80\b60  A\xACj6, E@ A\xAC	j"A\0A\x80\b\x88\v A\xF7\x006\xA0 A\x80\b6\x98  6\x9C@ E@ A6\0\f\v A\0:\0\0\v A6( A6$ A6  A6\fA\x8D\xB7-\0\0E@ A\x7F6L\v A\x84\xB6(\0"68 @  64\vA\x84\xB6 6\0 \v! \0 A\xA0j\xCF A 6\x90  )\xA87\x98 A\x97\xC0 A\x90j\x9D \0@ \0Aj!@ AG@  At"	(\xD4\xC6" \0(\0\0"@   \0(\f\0"
M@  	A\xD0\xC6j(\x006\x88  6\x80  
 k6\x84 A\xF9\xBC A\x80j\x9DA!\x07\v   \0(\0\0\v Aj!\f\v\v \x07E@A\x8B\xBDA! \xAE\v A\xB0jA\0A\xFC\xFC\v\0 \0A\xD4\0j! \0A\xD0\0j!@  (\0"G@ Ak-\0\0AqE@ A\xB0jA> Ak/\0" A>O\x1BAtj" (\0Aj6\0\v Aj!\f\v\vA\xC6\xBCA \xAE (\xB0"@ A\xD9\xF3\x006\xF8 A\x006\xF4  6\xF0 A\xE8\xBC A\xF0j\x9D\vA!@ A>G@@ A\xB0j Atj(\0"E\r\0  \0(@N\r\0  \0 A\xF0j \0(D Alj(\x856\xE8  6\xE4  6\xE0 A\xE8\xBC A\xE0j\x9D\v Aj!\f\v\v (\xA8\b"\0@ A\xEA\xCB\x006\xD8 A\x006\xD4  \x006\xD0 A\xE8\xBC A\xD0j\x9D\v@@ (L"\0A\0N@ \0E\rA\xA0\xB6(\0 \0A\xFF\xFF\xFF\xFFqG\r\v@ (PA
F\r\0 ("\0 (F\r\0  \0Aj6 \0A
:\0\0\f\v A
\xDC\f\v  (L"\0A\xFF\xFF\xFF\xFF \0\x1B6L@@ (PA
F\r\0 ("\0 (F\r\0  \0Aj6 \0A
:\0\0\f\v A
\xDC\v (L A\x006L\v\v A\xAE\x9E6\xC8 A\xA6\x976\xC4 A\xC7\x9E6\xC0 A\xD9\xBC A\xC0j\x9D )\xB8"\vPE@  )\xA0"\f7\xB0  \v7\xA8  \f\xB9 \v\xB9\xA39\xB8 A\xDC\x8B6\xA0 A\xED\xBE A\xA0j\xB0 A\b6\x88  )\xB0"\v7\x80  )\xA0 \v}\xB9 )\xC0"\v\xB9\xA39\x90 A\xED\x8B6\xF0  \v7\xF8 A\x93\xBF A\xF0j\xB0\v )\xC8"\vPE@  )\xD0"\f7\xE0  \v7\xD8  \f\xB9 \v\xB9\xA39\xE8 A\xFE<6\xD0 A\xC8\xBE A\xD0j\xB0\v )\xD8"\vPE@  )\xE0"\f7\xC0  \v7\xB8  \f\xB9 \v\xB9\xA39\xC8 A\x95>6\xB0 A\xCA\xBF A\xB0j\xB0\v )\xE8"\vPE@  )\xF0"\f7\xA0  \v7\x98  \f\xB9 \v\xB9\xA39\xA8 A\xD086\x90 A\xF8\xBD A\x90j\xB0  )\x807\x80  )\xF8"\v\xB9 )\xE8\xB9\xA39\x88 A\xC6\xC0\x006\xF0  \v7\xF8 A\xF8\xBD A\xF0j\xB0  )\x90"\v7\xE0  \v\xB9 )\x88"\v\xB9\xA39\xE8 A\xA2?6\xD0  \v7\xD8 A\xF1\xBF A\xD0j\xB0\v@ )\x98"\vP\r\0  )\xA07\xC0 A\xA7<6\xB0  \v7\xB8 A\xBA\xBD A\xB0j\x9D  )\xA8"\v7\xA0  \v\xB9 )\x98"\v\xB9\xA39\xA8 A\x9C\xFE\x006\x90  \v7\x98 A\x9F\xBE A\x90j\xB0 )\xB0"\vP\r\0  )\xB8"\f7\x80  \v7x  \f\xB9 \v\xB9\xA39\x88 A\x8A\xF4\x006p A\x9F\xBE A\xF0\0j\xB0\v )\xC0"\vPE@  \v7h A\xBA<6\` A\xAD\xBD A\xE0\0j\x9D\v@ )\xC8"\vP\r\0  \v7X A\xF166P A\xAD\xBD A\xD0\0j\x9D )\xD0"\vP\r\0  \v7H A\xEA66@ A\xAD\xBD A@k\x9D  )\xD8"\vB\x8670  \v\xB9 )\xD0\xB9\xA398 A\x9986   \v7( A\xCD\xBD A j\xB0\v )\xE0"\vPE@  )\xE87 A\xC986\0  \v7\b A\xBA\xBD \x9D\v (L \xB5  (\f\0 -\0\0AqE@ (8!\0 (4"@  \x0068\v \0@ \0 64\v A\x84\xB6(\0F@A\x84\xB6 \x006\0\v (\`\x8E \x8E\v A\xB0\bj$\0 \b\v\xE6~\x7F#\0A\xD0k"$\0 \0 \xCF  g"A\x900~ )\b"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\xF6\xED\0~ )"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\xCA,~ )"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\xB8,~ ) "B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\xEB*~ )("B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\xB1\xED\0~ )0"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\xB2*~ )8"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\xED\xEC\0~ )@"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\xBE+~ )H"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\xBB\xED\0~ )P"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\xD3*~ )X"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\x86\xED\0~ )\`"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\x96,~ )h"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\xC4\xED\0~ )p"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\xD7,~ )x"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\x87\xEE\0~ )\x80"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\xE4\xED\0~ )\x88"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\xA2,~ )\x90"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\xCF\xED\0~ )\x98"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\xE5,~ )\xA0"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\xC9)~ )\xA8"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\xC4)~ )\xB0"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\xF37~ )\xB8"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\xD5)~ )\xC0"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG  A\xDA\xEC\0~ )\xC8"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\f\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\vG / A\xD0j$\0\v	\0 \0 6\v\x96\0#\0Ak"$\0  \0 (\x80"7\b@ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0(")\x88! B\x80\x80\x80\x80\xC0\x007\x88  7\0 \0 A   \xD7\f\v \0 \0 )\0B\x80\x80\x80\x800A A\bj \0 )\b\v Aj$\0B\x80\x80\x80\x800\vh\x7F#\0Ak"$\0 (!  A\fj \0(\xB1A\0  A\bj \xB1\x1BE@A\xF0\xCB\0A\xDF\x90A\xE1?A\xD3\xD2\0\0\0\v (\b!\0 (\f! Aj$\0 \0 I \0 Kk\v\v\0 \0A\x88/\v6~ )\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 \x8AB\x80\x80\x80\x80\xE0\0/\v\xB8~\x7F#\0A k"$\0@@ \0 A-,"E\r\0B\x80\x80\x80\x800!@ )\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R@\x7F@ \xA7"/AkA\xFF\xFFqA\vM@ ]E\r \0\x93\f\v \0 Aj" \xDB\r \f\v A(j\v!\b (\f" \b(\0I\r \0 )\0 B\x80\x80\x80\x8007\0\v A6\0\f\v  Aj6\f A\x006\0 (\bE@ A\0N@ \xAD!\f\vB\x80\x80\x80\x80\xE0~ \xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\f\vB\x80\x80\x80\x80\xE0\0! \0 )\0 \xA3"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (\bAF@ !\f\v  7\b  A\0N~ \xADB\x80\x80\x80\x80\xE0~ \xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v"\x077\0 \0A \xD3! \0  \0 \x07\f\v A\x006\0B\x80\x80\x80\x80\xE0\0!\v A j$\0 \v\xE4\x7F~#\0A0k"$\0@@ )"B \x88B\xFB\xFF\xFF\xFF}B}X@ \0A\xA5\xB5A\0\f\v ) !\b )!\x07 \0 \xCE"E@A\0!\f\v \0 \x07\xCE"E\r\0@@@ \0   \b\xD8"E\r\0 \0 \x8FA\0H@ \0A\xFA\f\v  (\0Aj6\0 \0 \xADB\x80\x80\x80\x80P\x84"\x89"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\v \0(")\x88! B\x80\x80\x80\x80\xC0\x007\x88  7\0 \0 \0 )\bB\x80\x80\x80\x800A  \0 )\0\f\v  (\0Aj6\0  )\x007\0 )\b!\x07  7  \x077\b  \0A9A\0A\0A o"\x077   \0A:A\0A\0A o"	7( \0  \0 \0 \b \0 A j\x8E \0 \x07 \0 	 \0 \b\v \0 Q\f\v \0(")\x88! B\x80\x80\x80\x80\xC0\x007\x88  7\0 \0 \0 )\bB\x80\x80\x80\x800A  \0 )\0\v \0 Q A0j$\0B\x80\x80\x80\x800\v\0#\0\v\0#\0 \0kApq"\0$\0 \0\v\0 \0$\0\v\xC1|~\x7F@\x7F@ \0\xBD"B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07W@ \0D\0\0\0\0\0\0\0\0a@D\0\0\0\0\0\0\xF0\xFF\v B\0Y\r \0 \0\xA1D\0\0\0\0\0\0\0\0\xA3\v B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xF7\xFF\0V\rA\x81x!	 B \x88"\x07B\x80\x80\xC0\xFFR@ \x07\xA7\f\vA\x80\x80\xC0\xFF \xA7\rD\0\0\0\0\0\0\0\0\vA\xCBw!	 \0D\0\0\0\0\0\0PC\xA2\xBD"B \x88\xA7\v!\b B\xFF\xFF\xFF\xFF\x83 \bA\xE2\xBE%j"\bA\xFF\xFF?qA\x9E\xC1\x9A\xFFj\xADB \x86\x84\xBFD\0\0\0\0\0\0\xF0\xBF\xA0"\0 \0 \0D\0\0\0\0\0\0\xE0?\xA2\xA2"\xA1\xBDB\x80\x80\x80\x80p\x83\xBF"D\0\0 eG\xF7?\xA2" 	 \bAvj\xB7"\xA0"   \xA1\xA0 \0 \0D\0\0\0\0\0\0\0@\xA0\xA3"   \xA2" \xA2"  D\x9F\xC6x\xD0	\x9A\xC3?\xA2D\xAFx\x8E\xC5q\xCC?\xA0\xA2D\xFA\x97\x99\x99\x99\xD9?\xA0\xA2    DDR>\xDF\xF1\xC2?\xA2D\xDE\xCB\x96dF\xC7?\xA0\xA2DY\x93"\x94$I\xD2?\xA0\xA2D\x93UUUUU\xE5?\xA0\xA2\xA0\xA0\xA2 \0 \xA1 \xA1\xA0"\0 \xA0D\0\xA2\xEF.\xFC\xE7=\xA2 \0D\0\0 eG\xF7?\xA2\xA0\xA0\xA0!\0\v \0\v\xA5\x7F~#\0A@j"$\0@ \0 A\bj )\0\xC3"E@B\x80\x80\x80\x80\xE0\0!\f\v (\b! \0 \0/Aj; \0  \0( j6  A\x0068 B\x0070 B\x007( B\x007    j6  6  \x006\f A6  6~@ A\fj A?j\xCA\r\0 -\0?"\0AG@  \x006\0 A6 (\fA\xD6\xB2 \x95\f\v A\fj A j>\r\0@ ( "E\r\0  (\f At?"\x006$ \0\r\0 A\x7F6(\f\vA\0!\0@ \0 I@ A\fj\x83"E\r (\f( \xB3"@ ($ \0Atj 6\0@ (,"A\x80\x80\xFC\x07qE\r\0  ( \0jF\r\0  A\xFF\xFF\x83xq6,\v \0Aj!\0 ( !\f A\x7F6(\f\v\0\v\v A\fj\xB6\f\vB\x80\x80\x80\x80\xE0\0\v! ($"@A\0!\0@ (\f! \0 ( OE@   \0Atj(\0 \0Aj!\0 ($!\f\v\v ("\0Aj  \0(\0\0\v (\f("\0Aj (0 \0(\0\0\v / A@k$\0\v\0 \0Aj  \0(\0\0\v\0 \0Aj   \0(\b\0\v\xA3\x7F~#\0A\xF0\0k"$\0 )\0!\x07 B\x007< B\x0074 B\x007, B\x007$ B\x80\x80\x84\x807  \x006\0 \0(! B\x007\f B\x007  6 B\x007D A46 B\x007LA\0! A\x006T A\xC4\0j!@@@@  \x07v\r\0 (\0(!  Aj")7h  )\b7\`  )\x007X B\x007\0 B\x007\b A46  6 A  (0*@  (0NE@  (8 (, Atj(\0Atj(\0\x86 Aj!\f\v\v A\xD8\0j (\b"\xCB (X!E\r E\r\0 (l A\0 (h\0\v \0 \x85 \0("Aj ($ (\0\0 \0("\0Aj (, \0(\0\0 ("\0E\r ( \0A\0 (\0\f\v (\\"@  j  \xFC
\0\0\v @  ( \xFC
\0\0\v   j6\\ ("@ ( A\0 (\0\v  )h7  )\`7\b  )X7\0 \0 \x85 \0("Aj ($ (\0\0 \0("Aj (, (\0\0 ("E\r\0 \0B\x80\x80\x80\x800 5\bA\0A A,A\xAA!\x07 \0("\0Aj  \0(\0\0\f\vB\x80\x80\x80\x80\xE0\0!\x07\v \x07/ A\xF0\0j$\0\v\0 \0A\x006\xC0 \0B\x007\xB8 \0B\x007\xB0\v'\0 \0B\x007\xBC \0A26\xB8 \0A\x006\xB4 \0A3A\0 \x1B6\xB0\v\x1B\0 \0 \0( \0  "\0\x88 \0\x8E\vO\x7F~ \0( \0 "E@A\0\v \0  A A!\xAC"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@ \0  \xA7!\v \x8E \v
\0 \0B\x007\x98\v\0 \0A\x006\x9C \0A16\x98\v\0 \0\x07\v
\0 \0 Atj\v\xC8~#\0Ak"$\0  \0 \xA2"7\bB\x80\x80\x80\x80\xE0\0!\x07@ B\x80\x80\x80\x80\xE0\0Q\r\0 \0A0A\0A\0A A\bjo! \0 @@ B\x80\x80\x80\x80\xE0\0Q\r\0@ E\r\0 -\0\0E\r\0 \0 \xA9"B\x80\x80\x80\x80\xE0\0Q\r \0 A\xFE\xF7\0 A\xA8\v E B\x80\x80\x80\x80pTr\r\0 \xA7"\0 \0/A\x80 r;\v !\x07\f\v \0 \v \x07/ Aj$\0\v\x81\x7F#\0Ak"$\0  7\b@ )\0"B\x80\x80\x80\x80pT\r\0A\xB4\xB5(\0 \xA7"/G\r\0 ( "E\r\0 (\0!\v@ \0 A\bj   "\0E@B\x80\x80\x80\x800!\f\v \0)\0! \0\x8E\v Aj$\0 \v\0\v\f\0 )\0\xAA/\v
\0 )\0\xAB\v7\x7F~#\0Ak"$\0 \0 \x9F  )\0/6\0  )\b/6/ Aj$\0\v+~ \0)\xD0"B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v /\v}~ )\0! )\0!@@@ Ak\0\v \0  E\v \0  \xA9\v B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0  A\0\xA2\vu~\x7FA\x7F!@ )\0"B\x80\x80\x80\x80pT\r\0A\xB8\xB5(\0"E@A\xB8\xB5 \0A\xAE\xE5\0\x8B"6\0 )\0!\v \0   A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0  \x80! \0 \v \v\xD9\x7F~A\xBB\xCF\0!@ )\0"B \x88"P\r\0 \xA7"A	jAK\r\0A\xE5-! AwF A\x07Fr\r\0 \0 0@A\x84\xD6\0!\f\v B\x80\x80\x80\x80}"B\x80\x80\x80\x80\xC0\0Z@ B\xFB\xFF\xFF\xFF}B}V@A\x8F\xE8\0!\f\v B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x80\x7FQ@A\xA9\xDE\0!\f\vA\xA9\xD3\0A\xC65 B\x80\x80\x80\x80pT\x1B!\f\v B \x88\xA7At(\xE0\xC0!\v AAj"\0\x96"\x7F   \0\xD4A\0\v\v<~~ )\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80PR@ \0A\xAE\xF8\0A\06B\x80\x80\x80\x80\xE0\0\f\v \0 \xA7\x80\v/\v\x82~\x7F#\0Ak"	$\0\x7F~ @ 	 6\b 	A\bj"
  j\x8AA!@@@ 
A\0\xADA5j\0\v 	A\bjA\0\xAD"A.G A(Gq!\f\vA\0!\v  r!\v A!qAF@ \0    A r\xAC"B\x80\x80\x80\x80p\x83"\x07B\x80\x80\x80\x80PR@ \x07B\x80\x80\x80\x80\xE0\0Q@ /\f\v \0  \0A\x965A\06B\x80\x80\x80\x80\xE0\0/\f\v \xA7"E@ \0  \0A\x93\xDF\0A\06B\x80\x80\x80\x80\xE0\0/\f\v \0 \x89\f\v \0    \xAC\v!@ AqE B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Qr\r\0@@@ \xABAj\0\0\v \0  \0 \x80/\f\v \0 \xAA\x8A \0 B\x80\x80\x80\x80\xE0\0/\f\v 	 \0 \x80"\x077\b \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0  \x07/\f\v 	 \0A.A\0A\0A 	A\bjo"\b7\0 \0 \x07 \bB\x80\x80\x80\x80\xE0\0R@ \0  \0A\xDF\xDC\0\x8B"A 	\xA0!\b \0  \0 	)\0\v \0  \b/\f\v /\v 	Aj$\0\v\xE9~\x7F@ \0 )\0B\x80\x80\x80\x800B\x80\x80\x80\x800\xAE"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 \xCE! \0  E\r\0 \0  AA\xF5\xA6\x8C! \0 Q B\x80\x80\x80\x80\xE0\0Q\r\0 \0  )\0A\xFE\xF7\0\xD7 \0  )\0A\xA6\xFC\0\xD7 \0  )\0A\x99\xE3\0\xD7 \0  )\0A\x83\xF8\0\xD7 \0  )\0A\xCF\xCF\0\xD7 \0 B\x80\x80\x80\x800B\x80\x80\x80\x800\xAE! \0  \0 \xCE \0 \v \0 \xC3\v6\x7F~ 5B \x86B\x80\x80\x80\x80\xE0\0Q\x7F \0("\0)\x88 \0B\x80\x80\x80\x80\xC0\x007\x88/A\0\v\vn\x7F#\0" A\0 A\0J\x1B!\b  AtAjApqk"$\0@  \bFE@  Atj  Atj(\0)\x007\0 Aj!\f\v\v \0 )\0 )\0  /!\0$\0 \0\vh\x7F \0D\0\0\0\0\0\0\0\0\b@A\xC4\xB7(\0A\x1BAA \0AF\x1B \0AF\x1B"\0Ak"vAq@A\xC4\xB8A\xC4\xB8(\0A tr6\0\f\v \0At(\xE0\xA0"@ \0 	\0\v\v\v\xAA\x7F \0(T"(\0! (" \0( \0("\x07k"  I\x1B"@  \x07 \xD4  (\0 j"6\0  ( k"6\v    K\x1B"@   \xD4  (\0 j"6\0  ( k6\v A\0:\0\0 \0 \0(,"6 \0 6 \v\xB0~\x7F  (\0A\x07jAxq"Aj6\0 \0 )\0! )\b!#\0A k"\0$\0 B\xFF\xFF\xFF\xFF\xFF\xFF?\x83!~ B0\x88B\xFF\xFF\x83"\xA7"\bA\x81\xF8\0kA\xFDM@ B\x86 B<\x88\x84! \bA\x80\xF8\0k\xAD!@ B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83"B\x81\x80\x80\x80\x80\x80\x80\x80\bZ@ B|!\f\v B\x80\x80\x80\x80\x80\x80\x80\x80\bR\r\0 B\x83 |!\vB\0  B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07V"\x1B! \xAD |\f\v  \x84P B\xFF\xFFRrE@ B\x86 B<\x88\x84B\x80\x80\x80\x80\x80\x80\x80\x84!B\xFF\f\v \bA\xFE\x87K@B\0!B\xFF\f\vA\x80\xF8\0A\x81\xF8\0 P"	\x1B"
 \bk"A\xF0\0J@B\0!B\0\f\v  B\x80\x80\x80\x80\x80\x80\xC0\0\x84 	\x1B!A\0!	 \b 
G@ ! !@A\x80 k"\bA\xC0\0q@  \bA@j\xAD\x86!B\0!\f\v \bE\r\0  \b\xAD"\x07\x86 A\xC0\0 \bk\xAD\x88\x84!  \x07\x86!\v \0 7 \0 7 \0) \0)\x84B\0R!	\v@ A\xC0\0q@  A@j\xAD\x88!B\0!\f\v E\r\0 A\xC0\0 k\xAD\x86  \xAD"\x88\x84!  \x88!\v \0 7\0 \0 7\b \0)\bB\x86 \0)\0"B<\x88\x84!@ 	\xAD B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x84"B\x81\x80\x80\x80\x80\x80\x80\x80\bZ@ B|!\f\v B\x80\x80\x80\x80\x80\x80\x80\x80\bR\r\0 B\x83 |!\v B\x80\x80\x80\x80\x80\x80\x80\b\x85  B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07V"\x1B! \xAD\v! \0A j$\0 B\x80\x80\x80\x80\x80\x80\x80\x80\x80\x7F\x83 B4\x86\x84 \x84\xBF9\0\v\xC0\x7F|~#\0A\xB0k"\v$\0 \vA\x006,@ \xBD"B\0S@A!A\xB2"! \x9A"\xBD!\f\v A\x80q@A!A\xB5"!\f\vA\xB8"A\xB3" Aq"\x1B! E!\v@ B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0Q@ \0A   Aj" A\xFF\xFF{qa \0  ^ \0A\x9D\xDD\0A\xCC\x9A A q"\x1BA\xB7\xEA\0A\xEA\x9D \x1B  b\x1BA^ \0A    A\x80\xC0\0sa    J\x1B!\r\f\v \vAj!@@@  \vA,j\x92" \xA0"D\0\0\0\0\0\0\0\0b@ \v \v(,"Ak6, A r"A\xE1\0G\r\f\v A r"A\xE1\0F\r \v(,!\f\f\v \v Ak"\f6, D\0\0\0\0\0\0\xB0A\xA2!\vA  A\0H\x1B!
 \vA0jA\xA0A\0 \fA\0N\x1Bj"!\x07@ \x07 \xFC"6\0 \x07Aj!\x07  \xB8\xA1D\0\0\0\0e\xCD\xCDA\xA2"D\0\0\0\0\0\0\0\0b\r\0\v@ \fA\0L@ \f!	 \x07! !\b\f\v !\b \f!	@A 	 	AO\x1B!@ \x07Ak" \bI\r\0 \xAD!\x1BB\0!@  5\0 \x1B\x86 |" B\x80\x94\xEB\xDC\x80"B\x80\xEC\x94\xA3\f~|>\0 Ak" \bO\r\0\v B\x80\x94\xEB\xDCT\r\0 \bAk"\b >\0\v@ \b \x07"I@ Ak"\x07(\0E\r\v\v \v \v(, k"	6, !\x07 	A\0J\r\0\v\v 	A\0H@ 
AjA	nAj! A\xE6\0F!@A	A\0 	k" A	O\x1B!\r@  \bM@A\0A \b(\0\x1B!\x07\f\vA\x80\x94\xEB\xDC \rv!A\x7F \rtA\x7Fs!A\0!	 \b!\x07@ \x07 \x07(\0" \rv 	j6\0  q l!	 \x07Aj"\x07 I\r\0\vA\0A \b(\0\x1B!\x07 	E\r\0  	6\0 Aj!\v \v \v(, \rj"	6,  \x07 \bj"\b \x1B" Atj   kAu J\x1B! 	A\0H\r\0\v\vA\0!	@  \bM\r\0  \bkAuA	l!	A
!\x07 \b(\0"A
I\r\0@ 	Aj!	  \x07A
l"\x07O\r\0\v\v 
 	A\0 A\xE6\0G\x1Bk A\xE7\0F 
A\0Gqk"  kAuA	lA	kH@ \vA0jA\x84\`A\xA4b \fA\0H\x1Bj A\x80\xC8\0j"\fA	m"Atj!\rA
!\x07 Awl \fj"A\x07L@@ \x07A
l!\x07 Aj"A\bG\r\0\v\v@ \r(\0"\f \f \x07n" \x07l"F \rAj" Fq\r\0 \f k!\f@ AqE@D\0\0\0\0\0\0@C! \x07A\x80\x94\xEB\xDCG \b \rOr\r \rAk-\0\0AqE\r\vD\0\0\0\0\0@C!\vD\0\0\0\0\0\0\xE0?D\0\0\0\0\0\0\xF0?D\0\0\0\0\0\0\xF8?  F\x1BD\0\0\0\0\0\0\xF8? \f \x07Av"F\x1B  \fK\x1B!@ \r\0 -\0\0A-G\r\0 \x9A! \x9A!\v \r 6\0  \xA0 a\r\0 \r \x07 j"6\0 A\x80\x94\xEB\xDCO@@ \rA\x006\0 \b \rAk"\rK@ \bAk"\bA\x006\0\v \r \r(\0Aj"6\0 A\xFF\x93\xEB\xDCK\r\0\v\v  \bkAuA	l!	A
!\x07 \b(\0"A
I\r\0@ 	Aj!	  \x07A
l"\x07O\r\0\v\v \rAj"   I\x1B!\v@ "\f \bM"\x07E@ Ak"(\0E\r\v\v@ A\xE7\0G@ A\bq!\f\v 	A\x7FsA\x7F 
A 
\x1B" 	J 	A{Jq"\x1B j!
A\x7FA~ \x1B j! A\bq"\r\0Aw!@ \x07\r\0 \fAk(\0"E\r\0A
!A\0! A
p\r\0@ "\x07Aj!  A
l"pE\r\0\v \x07A\x7Fs!\v \f kAuA	l! A_qA\xC6\0F@A\0! 
  jA	k"A\0 A\0J\x1B"  
J\x1B!
\f\vA\0! 
  	j jA	k"A\0 A\0J\x1B"  
J\x1B!
\vA\x7F!\r 
A\xFD\xFF\xFF\xFF\x07A\xFE\xFF\xFF\xFF\x07 
 r"\x1BJ\r 
 A\0GjAj!@ A_q"\x07A\xC6\0F@ 	 A\xFF\xFF\xFF\xFF\x07sJ\r 	A\0 	A\0J\x1B!\f\v  	 	Au"s k\xAD \xA1"kAL@@ Ak"A0:\0\0  kAH\r\0\v\v Ak" :\0\0 AkA-A+ 	A\0H\x1B:\0\0  k" A\xFF\xFF\xFF\xFF\x07sJ\r\v  j" A\xFF\xFF\xFF\xFF\x07sJ\r \0A    j"	 a \0  ^ \0A0  	 A\x80\x80sa@@@ \x07A\xC6\0F@ \vAjA	r!  \b \b K\x1B"!\b@ \b5\0 \xA1!@  \bG@  \vAjM\r@ Ak"A0:\0\0  \vAjK\r\0\v\f\v  G\r\0 Ak"A0:\0\0\v \0   k^ \bAj"\b M\r\0\v @ \0A\xB0\xAFA^\v 
A\0L \b \fOr\r@ \b5\0 \xA1" \vAjK@@ Ak"A0:\0\0  \vAjK\r\0\v\v \0 A	 
 
A	N\x1B^ 
A	k! \bAj"\b \fO\r 
A	J !
\r\0\v\f\v@ 
A\0H\r\0 \f \bAj \b \fI\x1B! \vAjA	r!\f \b!\x07@ \f \x075\0 \f\xA1"F@ Ak"A0:\0\0\v@ \x07 \bG@  \vAjM\r@ Ak"A0:\0\0  \vAjK\r\0\v\f\v \0 A^ Aj! 
 rE\r\0 \0A\xB0\xAFA^\v \0  \f k" 
  
H\x1B^ 
 k!
 \x07Aj"\x07 O\r 
A\0N\r\0\v\v \0A0 
AjAA\0a \0   k^\f\v 
!\v \0A0 A	jA	A\0a\v \0A   	 A\x80\xC0\0sa  	  	J\x1B!\r\f\v  AtAuA	qj!	@ A\vK\r\0A\f k!D\0\0\0\0\0\x000@!@ D\0\0\0\0\0\x000@\xA2! Ak"\r\0\v 	-\0\0A-F@  \x9A \xA1\xA0\x9A!\f\v  \xA0 \xA1!\v  \v(,"\x07 \x07Au"s k\xAD \xA1"F@ Ak"A0:\0\0 \v(,!\x07\v Ar!
 A q!\f Ak" Aj:\0\0 AkA-A+ \x07A\0H\x1B:\0\0 A\bqE A\0Lq!\b \vAj!\x07@ \x07" \xFC"A\xC0\xA6j-\0\0 \fr:\0\0  \xB7\xA1D\0\0\0\0\0\x000@\xA2"D\0\0\0\0\0\0\0\0a \bq \x07Aj"\x07 \vAjkAGrE@ A.:\0 Aj!\x07\v D\0\0\0\0\0\0\0\0b\r\0\vA\x7F!\r A\xFD\xFF\xFF\xFF\x07 
  k"\bj"kJ\r\0 \0A    Aj \x07 \vAj"k"\x07 \x07Ak H\x1B \x07 \x1B"j" a \0 	 
^ \0A0   A\x80\x80sa \0  \x07^ \0A0  \x07kA\0A\0a \0  \b^ \0A    A\x80\xC0\0sa    J\x1B!\r\v \vA\xB0j$\0 \r\v\x9F\b\x7F~#\0Ak"\x07$\0\x7F@@ )\0"\rB\xFF\xFF\xFF\xFFoX@ \0%\f\v \0 \x07A\fj \x07A\bj \r\xA7  A\xC0q"A\xC0\0Frw \x07(\f!\bA\0N\r \bE\r\0 \0("Aj \b (\0\0\v \0("\0)\x88 \0B\x80\x80\x80\x80\xC0\x007\x88/\f\v  \x07(\b"	At\x966\0A\0! A\xC0\0G!
 A\x81qA\x81G!\vA\0!\x7F  	F\x7F \0("\0Aj \b \0(\0\0  6\0A\0@ \b Atj("A\0H@@ 
~ \v\r \0 W A\xFF\xFF\xFF\xFF\x07q\xAD\v/!\f (\0 Atj \f6\0 Aj!\v \0 \f\v \0 W!\r \0  \rB \x88B\xFB\xFF\xFF\xFF}B~Z@@ Aq@\f\v \0 \r\f\v\v \r/! (\0 Atj 6\0 Aj!\v Aj!\f\v\v\v \x07Aj$\0\v\0 \0\x9D\v\xDA|~@ \0\x99"\xBD"B\x80\x80\x80\x80\xB0\xFD\xE4\xF0?Z@ B\x80\x80\x80\x80\x90\x80\x80\x9A\xC0\0Z@D\0\0\0\0\0\0\0\x80 \xA3D\0\0\0\0\0\0\xF0?\xA0!\f\vD\0\0\0\0\0\0\xF0?D\0\0\0\0\0\0\0@  \xA0\xA2D\0\0\0\0\0\0\0@\xA0\xA3\xA1!\f\v B\x80\x80\x80\x80\xF0\x95\x96\xE8?Z@  \xA0\xA2" D\0\0\0\0\0\0\0@\xA0\xA3!\f\v B\x80\x80\x80\x80\x80\x80\x80\bT\r\0 D\0\0\0\0\0\0\0\xC0\xA2\xA2"\x9A D\0\0\0\0\0\0\0@\xA0\xA3!\v \x9A  \0\xBDB\0S\x1B\v\xD6|~\x7F@\x7F@ \0\xBD"\x07B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07W@ \0D\0\0\0\0\0\0\0\0a@D\0\0\0\0\0\0\xF0\xFF\v \x07B\0Y\r \0 \0\xA1D\0\0\0\0\0\0\0\0\xA3\v \x07B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xF7\xFF\0V\rA\x81x!	 \x07B \x88"\bB\x80\x80\xC0\xFFR@ \b\xA7\f\vA\x80\x80\xC0\xFF \x07\xA7\rD\0\0\0\0\0\0\0\0\vA\xCBw!	 \0D\0\0\0\0\0\0PC\xA2\xBD"\x07B \x88\xA7\vA\xE2\xBE%j"
Av 	j\xB7"D\0\`\x9FPD\xD3?\xA2" \x07B\xFF\xFF\xFF\xFF\x83 
A\xFF\xFF?qA\x9E\xC1\x9A\xFFj\xADB \x86\x84\xBFD\0\0\0\0\0\0\xF0\xBF\xA0"\0 \0 \0D\0\0\0\0\0\0\xE0?\xA2\xA2"\xA1\xBDB\x80\x80\x80\x80p\x83\xBF"D\0\0 {\xCB\xDB?\xA2"\xA0"   \xA1\xA0 \0 \0D\0\0\0\0\0\0\0@\xA0\xA3"   \xA2" \xA2"  D\x9F\xC6x\xD0	\x9A\xC3?\xA2D\xAFx\x8E\xC5q\xCC?\xA0\xA2D\xFA\x97\x99\x99\x99\xD9?\xA0\xA2    DDR>\xDF\xF1\xC2?\xA2D\xDE\xCB\x96dF\xC7?\xA0\xA2DY\x93"\x94$I\xD2?\xA0\xA2D\x93UUUUU\xE5?\xA0\xA2\xA0\xA0\xA2 \0 \xA1 \xA1\xA0"\0D\0\0 {\xCB\xDB?\xA2 D6+\xF1\xF3\xFEY=\xA2 \0 \xA0D\xD5\xAD\x9A\xCA8\x94\xBB=\xA2\xA0\xA0\xA0\xA0!\0\v \0\v\x84\x7F#\0Ak"$\0@ \0\xBDB \x88\xA7A\xFF\xFF\xFF\xFF\x07q"A\xFB\xC3\xA4\xFFM@ A\x80\x80\x80\xF2I\r \0D\0\0\0\0\0\0\0\0A\0\x96!\0\f\v A\x80\x80\xC0\xFF\x07O@ \0 \0\xA1!\0\f\v \0 \xB0! +\0 +\b Aq\x96!\0\v Aj$\0 \0\v\0B\0\v\x94|~D\0\0\0\0\0\0\xE0? \0\xA6!@ \0\x99"\xBD"B\xFF\xFF\xFF\xFF\x9F\xC8\x8B\xC3\xC0\0X@ \xA2! B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xF7?X@ B\x80\x80\x80\x80\x80\x80\x80\xA8>T\r   \xA0  \xA2 D\0\0\0\0\0\0\xF0?\xA0\xA3\xA1\xA2\v    D\0\0\0\0\0\0\xF0?\xA0\xA3\xA0\xA2\v   \xA0\x9A!\0\v \0\v\xCA\x7F|#\0Ak"$\0@ \0\xBDB \x88\xA7A\xFF\xFF\xFF\xFF\x07q"A\xFB\xC3\xA4\xFFM@ A\x80\x80\xC0\xF2I\r \0D\0\0\0\0\0\0\0\0A\0\xE0!\0\f\v A\x80\x80\xC0\xFF\x07O@ \0 \0\xA1!\0\f\v \0 \xB0! +\b!\0 +\0!@@@@ AqAk\0\v  \0A\xE0!\0\f\v  \0\xE1!\0\f\v  \0A\xE0\x9A!\0\f\v  \0\xE1\x9A!\0\v Aj$\0 \0\v\r\0
 \0A\x80j\0\v\0.\0\v\xA3\x7F \0(T"(" (\0"k"A\0  O\x1B" I@ \0 \0(\0Ar6\0 !\v  (\f j \xD4  (\0 j"6\0 \0 \0(,"6 \0   k" \0(0"\0 \0 K\x1B"\0j6\b  (\f j \0\xD4  (\0 \0j6\0 \v\x87\x7F#\0Ak"$\0~@ AO\r\0 \0(T!\0 A\x006  \0(\x006\b  \0(6\f A\0 Aj Atj(\0"k\xACS\r\0  \0(\b k\xACU\r\0 \0  \xA7j"\x006\0 \0\xAD\f\vA\xC0\xB1A6\0B\x7F\v Aj$\0\v\x8D~ \0 )\01! \0 )\0  )\0 )\0"	 )\0"
A\x81A \b\x1BA\0 \x1BA\x84\bA \b\x1BA\0 \x07\x1Br" A\x80r 	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\x1B" A\x80 r 
B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\x1B"A\x80\xC0\0r  \b\x1Bx \0 \v\x9B~| \0\x99"\0\xBD"B\xFF\xFF\xFF\xFF\x9F\xC8\x8B\xF3?X@D\0\0\0\0\0\0\xF0? B\x80\x80\x80\x80\x80\x80\x80\xA8>T\r \0\xA2"\0 \0\xA2 \0D\0\0\0\0\0\0\xF0?\xA0"\0 \0\xA0\xA3D\0\0\0\0\0\0\xF0?\xA0\v B\xFF\xFF\xFF\xFF\x9F\xC8\x8B\xC3\xC0\0X@ \0\xF1"\0D\0\0\0\0\0\0\xF0? \0\xA3\xA0D\0\0\0\0\0\0\xE0?\xA2\v \0D\0\0\0\0\0\0\xF0?\x9A\v\v\0 \0\x9C\v\xC2|\x7F#\0Ak"$\0| \0\xBDB \x88\xA7A\xFF\xFF\xFF\xFF\x07q"A\xFB\xC3\xA4\xFFM@D\0\0\0\0\0\0\xF0? A\x9E\xC1\x9A\xF2I\r \0D\0\0\0\0\0\0\0\0\xE1\f\v \0 \0\xA1 A\x80\x80\xC0\xFF\x07O\r\0 \0 \xB0! +\b!\0 +\0!@@@@ AqAk\0\v  \0\xE1\f\v  \0A\xE0\x9A\f\v  \0\xE1\x9A\f\v  \0A\xE0\v Aj$\0\vE~ \0 )\01! )\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 )\0  \xF0 \0 \v\0 \0\x9B\v\xF6|\x7F \0\xBDB \x88\xA7A\xFF\xFF\xFF\xFF\x07q"A\x80\x80\xC0\xFF\x07O@ \0 \0\xA0\v@\x7F A\xFF\xFF?K@ \0!A\x93\xF1\xFD\xD4\f\v \0D\0\0\0\0\0\0PC\xA2"\xBDB \x88\xA7A\xFF\xFF\xFF\xFF\x07q"E\rA\x93\xF1\xFD\xCB\v Anj\xADB \x86\xBF \xA6"  \xA2  \0\xA3\xA2"  \xA2\xA2 D\xD7\xED\xE4\xD4\0\xB0\xC2?\xA2D\xD9Q\xE7\xBE\xCBD\xE8\xBF\xA0\xA2  D\xC2\xD6IJ\`\xF1\xF9?\xA2D $\xF0\x92\xE0(\xFE\xBF\xA0\xA2D\x92\xE6a\xE6\xFE?\xA0\xA0\xA2\xBDB\x80\x80\x80\x80|\x83B\x80\x80\x80\x80\b|\xBF" \0  \xA2\xA3"\0 \xA1  \xA0 \0\xA0\xA3\xA2 \xA0!\0\v \0\v{|~\x7F \0\x99!@| \0\xBD"B4\x88\xA7A\xFFq"A\xFD\x07M@ A\xDF\x07I\r  \xA0"\0  \0\xA2D\0\0\0\0\0\0\xF0? \xA1\xA3\xA0\f\v D\0\0\0\0\0\0\xF0? \xA1\xA3"\0 \0\xA0\v\xB6D\0\0\0\0\0\0\xE0?\xA2!\v \x9A  B\0S\x1B\v\xA5\x7F~ \0\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x81\x80\x80\x80\x80\x80\x80\xF8\xFF\0T \xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0XqE@ \0 \xA0\v \xBD"\x07B \x88\xA7"A\x80\x80\xC0\xFFk \x07\xA7"rE@ \0\xB1\v AvAq" \0\xBD"\x07B?\x88\xA7r!@ \x07B \x88\xA7A\xFF\xFF\xFF\xFF\x07q" \x07\xA7rE@@@ Ak\0\vD-DT\xFB!	@\vD-DT\xFB!	\xC0\v A\xFF\xFF\xFF\xFF\x07q" rE@D-DT\xFB!\xF9? \0\xA6\v@ A\x80\x80\xC0\xFF\x07F@ A\x80\x80\xC0\xFF\x07G\r At+\x80\x8A\v A\x80\x80\xC0\xFF\x07G A\x80\x80\x80 j OqE@D-DT\xFB!\xF9? \0\xA6\v| @D\0\0\0\0\0\0\0\0 A\x80\x80\x80 j I\r\v \0 \xA3\x99\xB1\v!\0@@@ Ak\0\v \0\x9A\vD-DT\xFB!	@ \0D\x07\\3&\xA6\xA1\xBC\xA0\xA1\v \0D\x07\\3&\xA6\xA1\xBC\xA0D-DT\xFB!	\xC0\xA0\v At+\xA0\x8A!\0\v \0\v\xA6|\x7F~ \0\x99!@ \0\xBD"B4\x88\xA7A\xFFq"A\x99\bO@ \xD0D\xEF9\xFA\xFEB.\xE6?\xA0!\f\v A\x80\bO@  \xA0D\0\0\0\0\0\0\xF0?  \0 \0\xA2D\0\0\0\0\0\0\xF0?\xA0\x9F\xA0\xA3\xA0\xD0!\f\v A\xE5\x07I\r\0  \0 \0\xA2"\0 \0D\0\0\0\0\0\0\xF0?\xA0\x9FD\0\0\0\0\0\0\xF0?\xA0\xA3\xA0\xB6!\v \x9A  B\0S\x1B\v\0 \0\x99\v\xB9\x7F|~ \0\xBD"B \x88\xA7A\xFF\xFF\xFF\xFF\x07q"A\x80\x80\xC0\xFFO@ \xA7 A\x80\x80\xC0\xFFkrE@ \0D-DT\xFB!\xF9?\xA2D\0\0\0\0\0\0p8\xA0\vD\0\0\0\0\0\0\0\0 \0 \0\xA1\xA3\v@ A\xFF\xFF\xFF\xFEM@ A\x80\x80@jA\x80\x80\x80\xF2I\r \0 \0 \0\xA2\xE2\xA2 \0\xA0\vD\0\0\0\0\0\0\xF0? \0\x99\xA1D\0\0\0\0\0\0\xE0?\xA2"\x9F!\0 \xE2!| A\xB3\xE6\xBC\xFFO@D-DT\xFB!\xF9? \0 \xA2 \0\xA0"\0 \0\xA0D\x07\\3&\xA6\x91\xBC\xA0\xA1\f\vD-DT\xFB!\xE9? \0\xBDB\x80\x80\x80\x80p\x83\xBF" \xA0\xA1 \0 \0\xA0 \xA2D\x07\\3&\xA6\x91<   \xA2\xA1 \0 \xA0\xA3"\0 \0\xA0\xA1\xA1\xA1D-DT\xFB!\xE9?\xA0\v"\0\x9A \0 B\0S\x1B!\0\v \0\vv\x7F \0\xBDB4\x88\xA7A\xFFq"A\xFF\x07M@ \0D\0\0\0\0\0\0\xF0\xBF\xA0"\0 \0 \0\xA2 \0 \0\xA0\xA0\x9F\xA0\xB6\v A\x98\bM@ \0 \0\xA0D\0\0\0\0\0\0\xF0\xBF \0 \0 \0\xA2D\0\0\0\0\0\0\xF0\xBF\xA0\x9F\xA0\xA3\xA0\xD0\v \0\xD0D\xEF9\xFA\xFEB.\xE6?\xA0\v\0 \0\x9F\v\xAE|~\x7F \0\xBD"B \x88\xA7A\xFF\xFF\xFF\xFF\x07q"A\x80\x80\xC0\xFFO@ \xA7 A\x80\x80\xC0\xFFkrE@D\0\0\0\0\0\0\0\0D-DT\xFB!	@ B\0Y\x1B\vD\0\0\0\0\0\0\0\0 \0 \0\xA1\xA3\v| A\xFF\xFF\xFF\xFEM@D-DT\xFB!\xF9? A\x81\x80\x80\xE3I\rD\x07\\3&\xA6\x91< \0 \0 \0\xA2\xE2\xA2\xA1 \0\xA1D-DT\xFB!\xF9?\xA0\v B\0S@D-DT\xFB!\xF9? \0D\0\0\0\0\0\0\xF0?\xA0D\0\0\0\0\0\0\xE0?\xA2"\0\x9F"  \0\xE2\xA2D\x07\\3&\xA6\x91\xBC\xA0\xA0\xA1"\0 \0\xA0\vD\0\0\0\0\0\0\xF0? \0\xA1D\0\0\0\0\0\0\xE0?\xA2"\0\x9F" \0\xE2\xA2 \0 \xBDB\x80\x80\x80\x80p\x83\xBF"\0 \0\xA2\xA1  \0\xA0\xA3\xA0 \0\xA0"\0 \0\xA0\v\v\xBC\x07\x7F#\0A k"$\0  \0("6 \0(!  6  6   k"6  j!A! Aj!\x7F@@@@ \0(<   A\fj\xB2E@  (\f"\x07F\r \x07A\0N\r\f\v A\x7FG\r\v \0 \0(,"6 \0 6 \0  \0(0j6 \f\v A\bA\0 \x07 ("\bK"	\x1Bj" \x07 \bA\0 	\x1Bk"\b (\0j6\0 A\fA 	\x1Bj" (\0 \bk6\0  \x07k!  	k! !\f\v\v \0A\x006 \0B\x007 \0 \0(\0A r6\0A\0 AF\r\0  (k\v A j$\0\v;\x7F \0(<#\0Ak"\0$\0  A\xFFq \0A\bj\r\xB2! \0)\b! \0Aj$\0B\x7F  \x1B\v\f\0 \0(<\xB2\v;\x7F@ @ \0-\0\0! \0 -\0\0:\0\0  :\0\0 Aj! \0Aj!\0 Ak!\f\v\v\v\0 \0-\0\0! \0 -\0\0:\0\0  :\0\0\vB\x7F Av!@ @ \0/\0! \0 /\0;\0  ;\0 Aj! \0Aj!\0 Ak!\f\v\v\v\0 \0 )\0 \xA3/\v\0 \0/\0! \0 /\0;\0  ;\0\vB\x7F Av!@ @ \0(\0! \0 (\x006\0  6\0 Aj! \0Aj!\0 Ak!\f\v\v\v\0 \0(\0! \0 (\x006\0  6\0\vB~ Av!@ @ \0)\0! \0 )\x007\0  7\0 A\bj! \0A\bj!\0 Ak!\f\v\v\v~ \0)\0! \0 )\x007\0  7\0\vZ~ Av!@ @ \0)\0! \0 )\x007\0 \0)\b! \0 )\b7\b  7\b  7\0 Aj! \0Aj!\0 Ak!\f\v\v\v4~ \0)\0! \0 )\x007\0 \0)\b! \0 )\b7\b  7\b  7\0\v	\0  \x87\v(~ \0 )\01! \0 )\0"  A\0 \0 /\v\x8B\x7F~ \0A\xA8j!\x07@@@  F\r\0 \0(\xAC" \x07F\r\0 (\0" ("6  6\0 B\x007\0A\0! (\b" ( Aj"\b (\f\0!	@  (NE@  \b Atj)\0 Aj!\f\v\v  	 ("Aj  (\0\0 (\0! \xBF  A\0 AJ\x1B6\0 	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ ("\0)\x88!	 \0B\x80\x80\x80\x80\xC0\x007\x88\f Aj!\f\v\0\v\v \xAD!	\v 	/\v\0 (\0(\b" \0(\0(\b"\0K \0 Kk\v\0 \0(\xAC \0A\xA8jG\v!~ \0 \0 \xB9" B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R\v;~ \0 \xB9"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0 )\0A\xF9\xD3\0\xA7!\v \0 \xCE \0 \v\xB3\x7F~#\0Ak"$\0 \0)\xD0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 A\xB0\xDE\0\xA7! \0   \0 \xA97\b@ @ \0 \0 A\xC2\xC6\0\xA7" A A\bj!\x07 \0 )\b\f\v \0 B\x80\x80\x80\x800A A\bj!\x07 )\b!\v \0  \0  \x07/ Aj$\0\vt\0 \0 )\0&"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R~@@ \0 )\b1"E@ \0 \f\v \0A\0 \xA7 J! \0  \0  A\0N\r\vB\x80\x80\x80\x80\xE0\0\v A\0G\xADB\x80\x80\x80\x80\x84 \v\v\xDF~#\0Ak"$\0 )\0!B\x80\x80\x80\x80\xE0\0! \0g"\x07B\x80\x80\x80\x80\xE0\0R@B\x80\x80\x80\x800!@@ \0 A\0\xC5"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@ \0 A\xEE\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@ \0   A\fj9"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (\f@ \x07!\f\v@@ B\xFF\xFF\xFF\xFFoX@ \0%\f\v \0 B\0P"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 BP"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0 \b\f\v \0 \x07 \b 	A\x87\x80\xA0A\0N\r\v \0 \f\v \0 \f\0\v\0\v B\x80\x80\x80\x80pT\r\0 \0 AD\v \0  ! \x07!\v \0  \0 \v Aj$\0 \v\xFA\x7F~#\0A0k"$\0B\x81\x80\x80\x80!@ )\0"
B\x80\x80\x80\x80pT\r\0B\x80\x80\x80\x80\xE0\0! \0 A,j A(j 
\xA7"\bAw\r\0 (,! ((!\x07A\0!~@@  \x07G@ \0 A\bj"	 \b  Atj(J"A\0H\r@ E\r\0 \0 	N (\b"AqE E AqErq\r\0B\x80\x80\x80\x80\f\v Aj!\f\v\v \0 
\x9C"A\0H\r AG\xADB\x80\x80\x80\x80\x84\f\vB\x80\x80\x80\x80\xE0\0\v! \0  \x07X\v A0j$\0 \v\xBF~\x7FB\x80\x80\x80\x800!@ \0 )\0&"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0A  AL\x1B!A!@  F@ \v  Atj)\0"B\x80\x80\x80\x80\x84B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R@ \0 &"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0  B\x80\x80\x80\x800A\xE3\r \0 \v Aj!\f\0\v\0\v \0  \0 B\x80\x80\x80\x80\xE0\0\v\0 \0 )\0 )\bE\xADB\x80\x80\x80\x80\x84\v\xDA~\x7F#\0A k"$\0B\x80\x80\x80\x80\xE0\0! \0 )\0&"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@~@ \0 Aj Aj \xA7Aw@B\x80\x80\x80\x800! (!\x07 (!\b\f\v \0g! (!\x07 (!\b B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x80\xE0\0!\f\vA\0!@  \x07G@ \0 \b Atj"	(W"B\x80\x80\x80\x80\xE0\0Q\r  7\b  7\0 \0  \0 A\0\xC8! \0  B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x800R@ B\x80\x80\x80\x80\xE0\0Q\r \0  	( A\x87\x80A\0H\r\v Aj!\f\v\v \0 \b \x07X \f\v \0 \b \x07X \0  !B\x80\x80\x80\x80\xE0\0\v! \0 \v A j$\0 \v\0 \0 )\0A \xB7\v\0 \0 )\0AA\0\xB7\v\0 \0 )\0AA\0\xB7\vH~B\x80\x80\x80\x80\xE0\0! \0 )\0" )\b\xB8~B\x80\x80\x80\x80\xE0\0 B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v \v\vB\0 \0 )\0" )\bA\x98A\0H@B\x80\x80\x80\x80\xE0\0\v B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v \v\x83~ )\0"B\xFF\xFF\xFF\xFFoV B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80 QrE@ \0A\x99\xF3\0A\0B\x80\x80\x80\x80\xE0\0\v@ \0 \x90"B\x80\x80\x80\x80\xE0\0R@ )\b"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r \0  \xB8E\r \0 \vB\x80\x80\x80\x80\xE0\0\v \v\xFA~\x7F#\0A k"$\0B\x80\x80\x80\x80\xE0\0!@@ \0 &"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 )\01"E\r\0@ \0  \xA7 J"\x07A\0H\r \x07@B\x80\x80\x80\x800!@ -\0\0AqE\r\0 AA \x1Bj)\0"B\x80\x80\x80\x80\xF0~T\r\0 \xA7" (\0Aj6\0\v \0 N\f\v \0 \xCE"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80 Q@B\x80\x80\x80\x800!\f\v B\x80\x80\x80\x80\xE0\0Q\r \0\x7FE\r\0\v\f\vA\0!\v \0  \0  A j$\0 \v\xB1~ )\b! )\0!B\x80\x80\x80\x80\xE0\0!\x07@ \0 &"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R~ \0 O\r \0 1"E\r \0  B\x80\x80\x80\x800B\x80\x80\x80\x800  \x1B B\x80\x80\x80\x800 \x1BA\x85\xAAA\x85\x9A \x1Bx! \0  \0 B\x80\x80\x80\x80\xE0\0B\x80\x80\x80\x800 A\0H\x1BB\x80\x80\x80\x80\xE0\0\v\v \0 B\x80\x80\x80\x80\xE0\0\vr~B\x80\x80\x80\x800! B\x80\x80\x80\x80\x84B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0%B\x80\x80\x80\x80\xE0\0\v B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80 R B\xFF\xFF\xFF\xFFoXq~B\x80\x80\x80\x800B\x80\x80\x80\x80\xE0\0B\x80\x80\x80\x800 \0  A\x98A\0H\x1B\v\v.~ \0 &"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \v \0 \xDC \0 \v\xA7~\x7F#\0A k"$\0@ \0 )\01"E@B\x80\x80\x80\x800!B\x80\x80\x80\x80\xE0\0!\f\vB\x80\x80\x80\x80\xE0\0! \0 &"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0  \xA7 J"A\0H\r\0 E@B\x80\x80\x80\x80!\f\v 5\0 \0 NB\x88B\x83B\x80\x80\x80\x80\x84!\v \0  \0  A j$\0 \v\xC1~@~B\x80\x80\x80\x80 )\0"B\x80\x80\x80\x80pT\r\0B\x80\x80\x80\x80\xE0\0 \0 &"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \xA7" (\0Aj6\0 \xA7!@ \0 \xCE"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80\xE0\0R@  \xA7F B\x80\x80\x80\x80 Qr\r \0\x7FE\r\v\v \0  \0 B\x80\x80\x80\x80\xE0\0\v\v \0  \0  B\x80\x80\x80\x80 R\xADB\x80\x80\x80\x80\x84\vz~ \0 )\01"E@B\x80\x80\x80\x80\xE0\0\vB\x80\x80\x80\x80\xE0\0! \0 &"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0  \v \0A\0 \xA7 J! \0  \0 B\x80\x80\x80\x80\xE0\0 A\0G\xADB\x80\x80\x80\x80\x84 A\0H\x1B\v\b\0 \0 &\v\0 \0 A;A\0A\0\xA0\vS\x7F~#\0Ak"\0$\0B\x80\x80\x80\x800!@ \xB2"E\r\0 -\0AqE\r\0 A\x7F \0A\fj\x80! \0(\f  \x1B\xAD!\v \0Aj$\0 \v3~\x7FB\x80\x80\x80\x800!@ \xB2"E\r\0 -\0AqE\r\0 \0 (D3!\v \v(\0B\x80\x80\x80\x80\xE0\0 \0 )\0 \x83"\0A\0G\xADB\x80\x80\x80\x80\x84 \0A\0H\x1B\v\x9D~\x7FB\x80\x80\x80\x80\xE0\0! \0 O~B\x80\x80\x80\x80\xE0\0 \0 \xA7"/\xFF\x7F@ ( "/\0"A\x80\bqE\r\0 (T"E\r\0 \0  (H\xE9\v AvA\fq(\x98\xB2A\x84\xBC\v \0 A: A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q~ \0A/3 \vA\xA0\xC6\v\v\xD3~|\x07\x7F@ \0 O\r\0 \0 \0)@Ai"B\x80\x80\x80\x80\xE0\0Q\r\0 \xA7"\r B\x80\x80\x80\x80pZ\x7F \xA7/A\x80 qA\0\v \r/A\xFF\xDFqr;@ \0A  AL\x1B"Ak"\vAtAj'"
E\r\0 B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v 
 7\0 )\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v 
 \v6 
 7\b 
Aj!A\0!@  \vG@  Aj"\fAtj)\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v  Atj 7\0 \f!\f\v\v \r 
6  \0 A2\xBA"A\0H\r\0B\0!@ E\r\0 \0 A2 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r B\xFF\xFF\xFF\xFFX@ \xA7" \vkA\0  N\x1B\xAD!\f\v@ B \x88\xA7A\bkAnM@@ B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|"B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\r\0 \xBF\x9D"\b \v\xB8"	e\r\0 \b 	\xA1!\x07\v \x07D\0\0\xC0\xFF\xFF\xFF\xDFAe \x07D\0\0\0\0\0\0\xE0\xC1fqE@ \x07\xBD!\f\v \x07\xBD" \x07\xFC"\xB7\xBDR\r \xAD!\f\v \0 \f\vB\x80\x80\x80\x80\xE0~ B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \x07\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\v \0 A2 A \0 A: A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0A\x8E\xBC B \x88B\xFB\xFF\xFF\xFF}B}X~ \0  \0A/3 \vA\xDF\xC0\xC6"B\x80\x80\x80\x80\xE0\0Q\r\0 \0 A: A \v \0 \vB\x80\x80\x80\x80\xE0\0\v0\0 A\0L@ \0 B\x80\x80\x80\x800A\0A\0\v \0  )\0 Ak A\bj\v\x83~ )\0"B\xFF\xFF\xFF\xFFoV B \x88B\xFB\xFF\xFF\xFF}B}VrE@ \0A\x8D3A\0B\x80\x80\x80\x80\xE0\0\v@@@@@@ \0 A\xE2 A\0"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80 R@ B\x80\x80\x80\x80\xE0\0Q\r B\x80\x80\x80\x800R\r\v B\x80\x80\x80\x80\xF0~T\r \xA7" (\0Aj6\0\f\v \0  \xF4! \0 B\x80\x80\x80\x80\xE0\0! B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\vB\x80\x80\x80\x800! \0 A\xEE\0 A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0  \0)\xA8\x83"A\0H\r E\r \0  !\v \vB\x80\x80\x80\x80\xE0\0! \0A*\x88"B\x80\x80\x80\x80\xE0\0Q\r\0 \0A'"\r !\v \0  \0  \0 B\x80\x80\x80\x80\xE0\0\v  7\b  7\0 B\x80\x80\x80\x80pZ@ \xA7 6 \v \v)\x7F#\0Ak"$\0 \0 A\fj )\0\xC3 (\f Aj$\0\v\xE8\x7F~ \0 AtA j'"@ B\x80\x80\x80\x8007 B\x80\x80\x80\x8007 B\x007\0 A\x006\b A\0 A\0J\x1B!\x07 A j!A\0!@@  \x07G@  Atj)\0"B\xFF\xFF\xFF\xFFoX@ \0%\f\v \0 A\xE2 A\0"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 	0@ \xA7" (\0Aj6\0  ("Atj"\b 7\0  Aj6 \b 	7\b Aj!\f \0A\xC9\xD5\0A\0 \0 	\f\v\0\v\v \0A(\x88"B\x80\x80\x80\x80\xE0\0Q\r\0 B\x80\x80\x80\x80pZ@ \xA7 6 \v \vA\0!@  (NE@ \0  Atj)\0 Aj!\f\v\v \0("\0Aj  \0(\0\0\vB\x80\x80\x80\x80\xE0\0\v\xCE\x7F~ B\xFF\xFF\xFF\xFFoX@ \0%B\x80\x80\x80\x80\xE0\0\v \0  \0(8)\xB8E@ \0A\xC2A\0B\x80\x80\x80\x80\xE0\0\vB\x80\x80\x80\x80\xE0\0!@ \0 A\xE8\xBA"A\0H\r\0@ @ B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 A\xE8 ;A\0N\r\f\v B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 A\xE8 A\x07A\0H\r\vB\x80\x80\x80\x800!\v \v	\0 \0A\xC53\v\x96~#\0Ak"$\0@ B\xFF\xFF\xFF\xFFoX@ \0%B\x80\x80\x80\x80\xE0\0!\f\vB\x80\x80\x80\x80\xE0\0! \0 A\xEE\0 A\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@ \0B"B\x80\x80\x80\x80\xE0\0Q\r\0@ \0  \x07 A\fj9"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (\fE@ \0   \bdA\0H\r B|!\f\v\v \0 A2 \xA7"A\0N~ B\xFF\xFF\xFF\xFF\x07\x83B\x80\x80\x80\x80\xE0~ \xB8\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v;A\0H\r\0 \0 \x07 !\f\v \0  \0 \x07\v Aj$\0 \v\xF8\x7F\x07~#\0A0k"$\0@@ B\xFF\xFF\xFF\xFFoX@ \0%\f\vB\x80\x80\x80\x800!@@ \0 )\0O@B\x80\x80\x80\x800!\bB\x80\x80\x80\x800!	\f\v )\0"	B\x80\x80\x80\x80\xF0~Z@ 	\xA7" (\0Aj6\0\v \0 A\xEE\0 A\0"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@@ AN@ )\b"B\x80\x80\x80\x80\xF0~T\r \xA7" (\0Aj6\0\f\v \0  \b A\fj9"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (\f\rB!\x07\v@ \0  \b A\fj9"\fB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (\fE@ \x07!\v \x07B\x80\x80\x80\x80\bZ@B\x80\x80\x80\x80\xE0~ \x07\xBA\xBD"
B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} 
B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\v\v  \v7   \f7  7 \0 	B\x80\x80\x80\x800A Aj!
 \0 \f \0 \v 
B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0  \x07B|!\x07 
!\f\v\v \0 	 \0 \b\f\v \0A\xB7\xC4\0A\0\v \0 AD\v \0  \0 	 \0 \b\vB\x80\x80\x80\x80\xE0\0!\v A0j$\0 \v\xBF\b~#\0A k"$\0@@@@ B\xFF\xFF\xFF\xFFoX@ \0%\f\vB\x80\x80\x80\x800!
B\x80\x80\x80\x800!	@@ \0 )\0O\r\0 )\0"	B\x80\x80\x80\x80\xF0~Z@ 	\xA7" (\0Aj6\0\v \0 A\xEE\0 A\0"
B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r@@@@@ Ak\x07\0\v@ \0  
 A\fj9"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (\f@B\x81\x80\x80\x80!\f
\v ! B\x80\x80\x80\x80\bZ@B\x80\x80\x80\x80\xE0~ \xBA\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\v  7  \x077 \0 	B\x80\x80\x80\x800A Aj!\b \0 \x07 \0  \bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r B|! \0 \b-\r\0\vB\x80\x80\x80\x80\xE0\0B\x80\x80\x80\x80 \0 A\0DA\0H\x1B!\f\b\v@ \0  
 A\fj9"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (\f\r\x07 !\x07 B\x80\x80\x80\x80\bZ@B\x80\x80\x80\x80\xE0~ \xBA\xBD"\x07B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \x07B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\x07\v  \x077  7 \0 	B\x80\x80\x80\x800A Aj!\b \0 \x07 \bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0 \f\v \0 \b-@ \0 A\0DA\0N\r	 \0 B\x80\x80\x80\x80\xE0\0!\f	 \0  B|!\f\v\0\v\0\v@ \0  
 A\fj9"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (\f\r ! B\x80\x80\x80\x80\bZ@B\x80\x80\x80\x80\xE0~ \xBA\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\v  7  \x077 \0 	B\x80\x80\x80\x800A Aj!\b \0 \x07 \0  \bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0 \b B|!\f\0\v\0\v@ \0  
 A\fj9"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (\f@B\x80\x80\x80\x80!\f\x07\v ! B\x80\x80\x80\x80\bZ@B\x80\x80\x80\x80\xE0~ \xBA\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\v  7  \x077 \0 	B\x80\x80\x80\x800A Aj!\b \0 \x07 \0  \bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r B|! \0 \b-E\r\0\vB\x80\x80\x80\x80\xE0\0B\x81\x80\x80\x80 \0 A\0DA\0H\x1B!\f\v.\0\v \0 AD\v \0 	 \0 
\vB\x80\x80\x80\x80\xE0\0!\f\vB\x80\x80\x80\x800!\v \0 	 \0 
\v A j$\0 \v\xBA~\x7F|#\0Ak"	$\0@@ B\xFF\xFF\xFF\xFFoX@ \0%\f\v 	B\x007\b@@@@@@@@@ A\bK\r\0@A t"A\xD4\0qE@ A\x81qE\r \0 )\0\xB3"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r
 \0 	 H@ \0 \f\v\v 	+\0"
\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83"B\x81\x80\x80\x80\x80\x80\x80\xF8\xFF\0Z@ \0 \f	\v B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0Z\r@@@@A\b B \x88\xA7" A\bkAoI\x1B	\0\0\0\0\v B\xFF\xFF\xFF\xFF\x83!\f\x07\v B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0|!B\0! B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\r\x07 \xBF\x9D"\vD\0\0\0\0\0\0\0\0\xA0!
 \vD\0\0\xC0\xFF\xFF\xFF\xDFAe \vD\0\0\0\0\0\0\xE0\xC1fqE@ 
\xBD!\f\v 
\xBD" 
\xFC"\xB7\xBDR\r \xAD!\f\v \0 \x86"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\0\v\f\v \0 )\0"O\r	\f\v \0 B\xFF\xFF\xFF\xFF\xFF\xFF\xFF!\x07 
D\0\0\0\0\0\0\0\0cE\r\f\v.\0\vB\x80\x80\x80\x80\xE0~ B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} 
\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\v B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\v \0 	A\bj \xE0\r 	)\b"\x07B\0S\r\vB\x80\x80\x80\x800!\v \0 A\xEE\0 A\0"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \0A)\x88"B\x80\x80\x80\x80\xE0\0Q\r \0A0'"E@ \0 \f\v  :\0( \xA7"\0 \0(\0Aj6\0  7\0 B\x80\x80\x80\x80\xF0~Z@ \xA7"\0 \0(\0Aj6\0\v  \x077  B\x80\x80\x80\x8007  \b7\b  7  /(A\xFF\xF9q;( B\x80\x80\x80\x80pT\r \xA7 6 \f\v \0A\xCA\xEE\0A\02\f\v \0 \b\v \0 AD\vB\x80\x80\x80\x80\xE0\0!\v 	Aj$\0 \v\x84~\x7FB\x80\x80\x80\x80\xE0\0! \0 A(,"@ (\b@ \0A\x9B\xE9\0A\0B\x80\x80\x80\x80\xE0\0\vB\x80\x80\x80\x800! )"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R@ A6\b \0 A A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ A\x006\bB\x80\x80\x80\x80\xE0\0\v \0  )A\0A\0=! A\x006\b\v A j!@ (\0" (NE@  Aj6\0 \0  Atj)\0\f\v\v \0 ) \0 ) B\x80\x80\x80\x8007 B\x80\x80\x80\x8007\v \v\x84~\x7F#\0Ak"$\0 A\x006\0B\x80\x80\x80\x80\xE0\0!@ \0 A(,"E\r\0 (\b@ \0A\x9B\xE9\0A\0\f\v A6\b A j!	 (\0!@@ ( L@ A6\0B\x80\x80\x80\x800!\f\v 	 Atj! )"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@B\x80\x80\x80\x80\xE0\0! \0 )\0 )\b\xF4"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r  7\v )"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@B\x80\x80\x80\x80\xE0\0! \0 A\xEE\0 A\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r  \x077\v@ \0  \x07A\0A\0 A\fj\xA0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@@ (\f\0\v \0 A\xED\0 A\0"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0 \f\v  \0 \b-"
6\f 
\r\0 \0 A\xC4\0 A\0 \0 !\f\v \0  \0  \0 \x07 B\x80\x80\x80\x8007 B\x80\x80\x80\x8007 \0 )\b \0 )\0  (\0Aj"6\0\f\v\vB\x80\x80\x80\x80\xE0\0!\v A\x006\b\v Aj$\0 \v\xD3~\x7F#\0Ak"$\0 A\x006\0B\x80\x80\x80\x80\xE0\0!@ \0 A),"E\r\0 /("	A\x80q@ \0A\xC6\xC4\0A\0\f\v 	A\x80q@ A6\0B\x80\x80\x80\x800!\f\v  	A\x80r;(@@@@@@@@@@@@ 	A\xFFq	\0\v@ E@ )\b"B\x80\x80\x80\x80\xF0~T\r \xA7"	 	(\0Aj6\0\f\v \0 )\0"A A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r	\v AG!	@@ ) "B\0W\r  B}7  \0 )\0  9"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0 \f\f\v \0 @ 	E@ A6\0\f\v (\0E\r\v\v \0 B\x80\x80\x80\x800!\f\v\v \0 )\0  9! \0  B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r
\f	\v@ E@ )\b"\x07B\x80\x80\x80\x80\xF0~T\r \x07\xA7"	 	(\0Aj6\0\f\v \0 )\0"A A\0"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\b\v AF!	@ \0 )\0 \x07 9"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@ 	\r (\0\r  ) "B|7   B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX~ B\xFF\xFF\xFF\xFF\x83B\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v"7\b  7\0 \0 )B\x80\x80\x80\x800A !\b \0  \bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0  \0 \x07\f
\v \0 \b-\r \0 \f\v\v \0 \x07\f\b\vAA\xEE\0 \x1B!	 )!@ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@@ E@ )\b"B\x80\x80\x80\x80\xF0~T\r \xA7"
 
(\0Aj6\0\f\v \0 )\0"A A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r	\v \0 )\0  9! \0  B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r	 AF\r
 (\0\r
  ) "B|7   B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX~ B\xFF\xFF\xFF\xFF\x83B\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v"\x077\b  7\0 \0 )B\x80\x80\x80\x800A ! \0  \0 \x07 B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\b B\xFF\xFF\xFF\xFFoX@ \0  \0A\x9E4A\0\f	\v@@ \0 A\xE2 A\0"\x07B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80 Q B\x80\x80\x80\x800QrE@ B\x80\x80\x80\x80\xE0\0R\r \0 \f\v\v \0 \x07\f\v \0  \x07\xF4 \0 \x07 \0 "B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r	\v  7\v \0  	 A\0"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80\xE0\0Q\r AF B\x80\x80\x80\x80\x84B\x80\x80\x80\x800QqE@ \0 )  9! \0  B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\x07 (\0E\r
\v A\x006\0 \0 )A\0D \0 )B\x80\x80\x80\x800! B\x80\x80\x80\x8007\f\0\v\0\v@ E@ )\b"B\x80\x80\x80\x80\xF0~T\r \xA7"	 	(\0Aj6\0\f\v \0 )\0"A A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\v \0 )\0  9! \0 B\x80\x80\x80\x80\xE0\0! B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\x07 AF\r (\0\r  ) "B|7   B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX~ B\xFF\xFF\xFF\xFF\x83B\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v"\x077\b  7\0 \0 )B\x80\x80\x80\x800A ! \0 \x07 B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\f\x07\v ) "B\0U@@ E@ )\b"B\x80\x80\x80\x80\xF0~T\r \xA7"	 	(\0Aj6\0\f\v \0 )\0"A A\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r ) !\v  B}7  \0 )\0  9! \0 B\x80\x80\x80\x80\xE0\0  B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\x1B!\f\x07\v A6\0B\x80\x80\x80\x80\xE0\0B\x80\x80\x80\x800 \0 )\0A\0D\x1B!\f\v.\0\v \0 \x07\f\v !\f\v \0 )A\0D \0 ) B\x80\x80\x80\x8007\v \0 )\0AD\vB\x80\x80\x80\x80\xE0\0!\vA!\0  /(A\xFF\xF9q \x7FA (\0Aq\vA	tr;(\v Aj$\0 \v\x9D~ \0 A*,"E@B\x80\x80\x80\x80\xE0\0\v )\0! E@ \0  )\b 9\v@@ \0 A A\0"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80 R@ B\x80\x80\x80\x80\xE0\0Q\r B\x80\x80\x80\x800R\r\v A6\0B\x80\x80\x80\x800\v \0 )\0 A\0A\0 \xA0! \0 \v \v\0 \0 \0)\xD0 )\0AA\x7F\xA8\v\xC8\x07\x7F#\0A k"$\0 \0 )\0("B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@ \0 A\bjA\0C \xA7"Aj! (A\xFF\xFF\xFF\xFF\x07q"\bAk!	 \bAk!
A\0!@  \bNE@@\x7F (A\0N"\x07E@  Atj/\0\f\v  j-\0\0\v"A%G\r\0@  
J\r\0 Aj!\x7F \x07E@  Atj/\0\f\v  j-\0\0\vA\xF5\0G\r\0  AjA\xC4"A\0H\r\0 Aj!\f\vA%!  	J\r\0  AjA\xC4"A% A\0N"\x07\x1B! Aj  \x07\x1B!\v A\bj \x84 Aj!\f\v\v \0  A\bj<!\v A j$\0 \v\xE2\x7F#\0A k"$\0 \0 )\0("B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@ \0 A\bj \xA7"(A\xFF\xFF\xFF\xFF\x07qC Aj! (A\xFF\xFF\xFF\xFF\x07q!\x07A\0!@  \x07FE@@@@ (A\0N@  j-\0\0!\f\v  Atj/\0"A\xFFK\r\vA\xA0\x8F A\xC5\0\xEEE\r\0 A\bj \x84\f\v A\bj \xA8\v Aj!\f\v\v \0  A\bj<!\v A j$\0 \v\xB7\x07\x7F#\0A k"$\0@ \0 )\0("B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 A\bj \xA7"
(A\xFF\xFF\xFF\xFF\x07qC 
Aj!\x07A\0!@@ 
("\bA\xFF\xFF\xFF\xFF\x07q"\v J@ Aj!@@ \bA\0N@  \x07j-\0\0!\f\v \x07 Atj/\0"A\xFFK\r\v@ A\xDFqA\xC1\0kAI A0kA
Ir\r\0A\xC7\xB5 A	\xEE\r\0 \r \xBBE\r\v A\bj \x84 !\f\v@ A\x80\xF8q"	A\x80\xB0G@ 	A\x80\xB8G\rA\xB9\xC9\0!	\f\vA\xCD\xC6\0!	  \vN\r\x7F \bA\0H@ \x07 Atj/\0\f\v  \x07j-\0\0\v"\bA\x80\xF8qA\x80\xB8G\r Aj! A
t \bjA\x80\xB8\xFFk!\v A\xFF\0L@ A\bj \xA8 !\f A\bj" A\xFFM\x7F AvA\xC0r A\bj A\xFF\xFFM\x7F A\fvA\xE0r A\bj AvA\xF0r\xA8 A\fvA?qA\x80r\v\xA8 AvA?qA\x80r\v\xA8  A?qA\x80r\xA8 !\f\v\0\v\v \0  A\bj<!\f\v \0 	\xC5 \0  (\b("\0Aj (\f \0(\0\0B\x80\x80\x80\x80\xE0\0!\v A j$\0 \vO\x7F#\0Ak"$\0@ \0 A\fj )\0\xC3"E\r\0 (\f"\x96"\0E\r\0 @ \0  \xFC
\0\0\v \0!\v Aj$\0 \v\x83\x7F#\0A k"$\0@ \0 )\0("B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 A\bjA\0C \xA7"\bAj!	A\0!@ \b("A\xFF\xFF\xFF\xFF\x07q J@\x7F\x7F A\0H@ 	 Atj/\0\f\v  	j-\0\0\v"A%F@@ \0 \b \xBC"A\0H\r\0 Aj! A\xFF\0M@  \rA%  \xBB"\x07\x1B! Aj  \x07\x1B\f\v\x7F A\xE0\xFF\xFF\xFF\x07qA\xC0F@ Aq!A\x80!\x07A\f\v A\xF0\xFF\xFF\xFF\x07qA\xE0F@ Aq!A\x80!\x07A\f\v A\xF8\xFF\xFF\xFF\x07qA\xF0G@A!\x07A\0!A\0\f\v A\x07q!A\x80\x80!\x07A\v!@@ A\0J@ \0 \b \xBC"
A\0H\r 
A\xC0qA\x80G\r Ak! 
A?q Atr! Aj!\f\v\v  \x07H A\xFF\xFF\xC3\0Jr\r\0  A\x80pqA\x80\xB0G\r\v \0A\xD2\xA7\xC5\v \0  (\b("\0Aj (\f \0(\0\0B\x80\x80\x80\x80\xE0\0!\f\v Aj\v! A\bj \xAB\f\v\v \0  A\bj<!\v A j$\0 \v3\0 \0 )\0\xCE"E@B\x80\x80\x80\x80\xE0\0\v \0 \x94 jA\0A
A\0\xC7 \0 Q\v\x88\x7F#\0Ak"$\0@ \0 )\0\xCE"E@B\x80\x80\x80\x80\xE0\0!\f\v~B\x80\x80\x80\x80\xE0\0 \0 A\fj )\b\x80\r\0B\x80\x80\x80\x80\xE0~ (\f"E A%kA]OrE\r\0 \0 \x94 jA\0 A\x81\b\xC7\v! \0 Q\v Aj$\0 \v\x8C|~#\0Ak"$\0~B\x80\x80\x80\x80 )\0"B \x88"P \xA7A	jAOrE\r\0B\x80\x80\x80\x80\xE0\0 \0 A\bj H\r\0 +\b"\x99D\xFF\xFF\xFF\xFF\xFF\xFF?Ce \xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0T \x9C aqq\xADB\x80\x80\x80\x80\x84\v Aj$\0\v&\0B\x80\x80\x80\x80\xE0\0 \0 )\0\xD0"\0A\0G\xADB\x80\x80\x80\x80\x84 \0A\0H\x1B\v5~~ )\0B \x88"PE@B\x80\x80\x80\x80" \xA7A	jAI\r\v \0   \xBD\v\v5~~ )\0B \x88"PE@B\x80\x80\x80\x80" \xA7A	jAI\r\v \0   \xBE\v\v	\0 \0 \xE8\v\xC4\x7F~#\0A\xD0\0k"$\0~ \0 \xE8"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \f\vA
!@@ \r\0 )\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0 \0 \xCA"A\0H\r\v B\xFF\xFF\xFF\xFFX@ \0   \xC4 \xF5u\f\vB\x80\x80\x80\x80\xE0\0 \0  h\r \0 +\0 A\0A\bA\0 A
G\x1B\x9A\f\v \0 B\x80\x80\x80\x80\xE0\0\v A\xD0\0j$\0\v\x81~|#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!@ \0 \xE8"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ !\f\v \0  h\r\0@@ )\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ +\0!\f\v \0 A\fj \xC0\r +\0"\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0T\r\v \0B\x80\x80\x80\x80\xE0~ \xBDB\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \x99\xBDB\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B@!\f\v (\f"A\xE5\0kA\x9B\x7FM@ \0A\xA48A\02\f\v \0 A
 A\x9A!\v Aj$\0 \v\x9D~|#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!@ \0 \xE8"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ !\f\v \0  h\r\0 \0 A\fj )\0\xC0\r\0 (\f"A\xE5\0O@ \0A\xA48A\02\f\v \0 +\0"A
 A\0A \x99DP\xEF\xE2\xD6\xE4KDf\x1B\x9A!\v Aj$\0 \v\x8B~|#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!@ \0 \xE8"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ !\f\v \0  h\r\0 \0 A\fj )\0\xC0\r\0 +\0"\xBD"B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0Q@ \0B\x80\x80\x80\x80\xE0~ B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B@!\f\v 5B \x86B\x80\x80\x80\x800Q@ \0 A
A\0A\x9A!\f\v (\f"A\xE5\0O@ \0A\xA48A\02\f\v \0 A
 AjA\x9A!\v Aj$\0 \v	\0 \0 \xBF\v,\0 \0 \xBF"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R~ \0AA \xA7\x1B3 \v\v\xCC\x7F\x07~#\0A k"$\0 \0 A\bjA\0CB\x80\x80\x80\x80\xE0\0!	B\x80\x80\x80\x800!@@@ \0 )\0&"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 \0 \x07A\xF4\0 \x07A\0\xEB"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0  8A\0H\r\0B\0! )\0"\bB\0 \bB\0U\x1B!
 \bB}!\b \xAC!\v@  
Q\r \0 \0  r@"\fB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r A\bj" \f\xAD  \bY! B|!  \vY r\r\0   \xA7Atj)\0\x8CE\r\0\v\v \0 \x07 \0  (\b("\0Aj (\f \0(\0\0\f\v \0 \x07 \0  A\bj<!	\v A j$\0 	\v\x82\x7F|#\0A k"$\0~@ \0  C\r\0 A\0 A\0J\x1B!@@  G@\x7F  Atj)\0"B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xC3\0V\r \xA7\f\v \0 Aj H\r +"\x07\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V \x07D\0\0\0\0\0\0\0\0cr \x07 \x07\x9Db \x07D\0\0\0\0\xFF\xFF0Adrr\r \x07\xFC\v! Aj!  \xABE\r\f\v\v <\f\v \0A\xA5-A\02\v (\0("\0Aj ( \0(\0\0B\x80\x80\x80\x80\xE0\0\v A j$\0\v\x99\x7F#\0A k"$\0 \0 A\bj C A\0 A\0J\x1B!~@  G@@ \0 Aj  Atj)\0\x80E@ A\bj /\x84E\r\v (\b("\0Aj (\f \0(\0\0B\x80\x80\x80\x80\xE0\0\f\v Aj!\f\v\v A\bj<\v A j$\0\v\x82\x7F~#\0A k"$\0B\x80\x80\x80\x80\xE0\0!\b@ \0 U"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 A\bj"A\x07C A<5  AtA\xA0\x99j"(\0"\x07|A tA\x9E=qE@ A 5  (| A\xE8\xBB| \0 )\0U"	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \0  (\b("\0Aj (\f \0(\0\0\f\v 	\xA7"Aj!A\0!@  ("A\xFF\xFF\xFF\xFF\x07qOE@@\x7F A\0H@  Atj/\0\f\v  j-\0\0\v"A"F@ A\bjA\xA9\xA7|\f\v A\bj \x84\v Aj!\f\v\v \0 	 A\bjA"5\v A\bj"\0A>5 \0 \xAD \0A\x94\xAF| \0 \x07| \0A>5 \0<!\b\v A j$\0 \b\v\x84	\x7F#\0A0k"$\0@ \0 U"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \xA7"\x07(A\xFF\xFF\xFF\xFF\x07q"E\r\0@ \0 Aj C\r\0A\0! A\x006 \x07Aj!\b@@ \x07("	A\xFF\xFF\xFF\xFF\x07q"
 J@\x7F@ E \x07 Aj\xEC"\vA\xA3\x07Gr\r\0 ("\fAk!@@ A\0L@A\0!\f\v Ak!@ 	A\0H@ AF \b Atj/\0"A\x80\xF8qA\x80\xB8Gr\r \b AtjAk/\0"\rA\x80\xF8qA\x80\xB0G\r Ak!  \rA
tjA\x80\xB8\xFFk!\f\v  \bj-\0\0!\v !\v \xC2\r\0\v \xC1E\r\0  \f6,@@ (, 
N\r \x07 A,j\xEC"\xC2\r\0\v \xC1\r\v A\xC2\x076A\f\v Aj \v \xC0\v!A\0!@  F\r At! Aj! Aj  Ajj(\0\xABE\r\0\v\f\v \0  Aj<!\f\v (!\f\0\v\0\v \0  (("\0Aj ( \0(\0\0B\x80\x80\x80\x80\xE0\0!\v A0j$\0 \v\x81\0@@@@@ B \x88\xA7A\x07j\x07\0\0\v B\x80\x80\x80\x80\xF0~T\r\f\v \xA7"/AG\r\0 ) "B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x90\x7FR\r\0\f\v \0A\x89\xE8\0A\0B\x80\x80\x80\x80\xE0\0!\v \v \xA7"\0 \0(\0Aj6\0 \v\xF0\x7F~ \0 U"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \v \xA7"("\x07A\xFF\xFF\xFF\xFF\x07q!@ AqE\r\0 Aj! \x07A\0N!\b@  F@ !\f\v\x7F \bE@  Atj/\0\f\v  j-\0\0\v\xD6E\r Aj!\f\0\v\0\v@ AqE@ !\f\v Aj!@ " L\r Ak!\x7F \x07A\0H@  Atj/\0\f\v  j-\0\0\v\xD6\r\0\v\v \0   \x91 \0 \v\xE3\x7F~#\0A k"$\0B\x80\x80\x80\x80\xE0\0!\f@ \0 U"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@@ \0 Aj )\0\xC0\r\0 ("\x07 \xA7"	(A\xFF\xFF\xFF\xFF\x07q"\bL\rA !
B\x80\x80\x80\x800!\v@ AH\r\0 )\b"\rB\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0 \0 \r("\vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r@@ \v\xA7"("A\xFF\xFF\xFF\xFF\x07q\0\v \0 \v\f\v\x7F A\0H@ /\f\v -\0\v!
A\0!\v@ \x07A\x80\x80\x80\x80O@ \0A\x90\xE5\0A\02\f\v \0 A\bj" \x07C\r\0@ @  	A\0 \bL\r\v \x07 \bk!@ @@ A\0L\r   (A\xFF\xFF\xFF\xFF\x07q"  K\x1B"k! A\bj A\0 LE\r\0\f\v\0\v A\bj 
 \xC4\r\v E@ A\bj 	A\0 \bL\r\v \0 \v \0  A\bj<!\f\f\v (\b("Aj (\f (\0\0\v \0 \v\v \0 \f\v !\f\v A j$\0 \f\v\xDF~\x7F#\0A@j"$\0@@@@ B\x80\x80\x80\x80\x84B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0A\xCD3A\0\f\v )\b!	 )\0"B\x80\x80\x80\x80pT\r E\r \0 \xC6A\0N\r\vB\x80\x80\x80\x80\xE0\0!\f\v \0 A\xE5 A\0"\x07B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80 Q B\x80\x80\x80\x800Qr\r\0 B\x80\x80\x80\x80\xE0\0Q\r  	7(  7  \0 \x07 A A j=!\f\v \0 A\bjA\0CB\x80\x80\x80\x80\xE0\0!B\x80\x80\x80\x800!\b@ \0 ("\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@B\x80\x80\x80\x800!\f\v \0 ("B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 	0"E@ \0 	("\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\v \x07\xA7!
 \xA7"\r(!@@@ A\xFF\xFF\xFF\xFF\x07qE@A\0! \fE\r \v 
(A\xFF\xFF\xFF\xFF\x07qO\r \vAj!\f\v 
 \r \v\xC5"A\0N\r\0 \f\r (\b("Aj (\f (\0\0 \0  \0 \b \x07!\f\v A\bj"\f 
 \v L@ @  \x0770  7   \xAD7( \0 \0 	B\x80\x80\x80\x800A A j@"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r \f \xAD\f\v \0 A\bj  
 B\x80\x80\x80\x800B\x80\x80\x80\x800 \bA\0A\0\xD4\r\v  \r("A\xFF\xFF\xFF\xFF\x07qj!\vA!\f \r\v\v A\bj" 
 \v 
(A\xFF\xFF\xFF\xFF\x07qL \0  \0 \b \0 \x07 <!\f\v (\b("Aj (\f (\0\0 \0  \0 \b \0 \x07\v A@k$\0 \v\xA9\x7F~#\0A k"$\0B\x80\x80\x80\x80\xE0\0!\x07@@@ \0 U"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0  )\0\xF0\r\0@ \0 )\0"\bB\xFF\xFF\xFF\xFF\x07V\x7FA\xF2, \bBQ\r \xA7"("A\xFF\xFF\xFF\xFF\x07q"E\r \b \xAD~B\xFF\xFF\xFF\xFFX\rA\x90\xE5\0\vA\02\f\v \0 A\bj  \b\xA7"l Av\x9B\r\0@ AG@@ A\0L\r A\bj A\0 L Ak!\f\0\v\0\v A\bj\x7F (A\0H@ /\f\v -\0\v \xC4\v \0  A\bj<!\x07\f\v \0 \f\v !\x07\v A j$\0 \x07\v\xC1\x7F~#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!@ \0 U"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ !\f\v@ \0 A\fj )\0 \xA7"(A\xFF\xFF\xFF\xFF\x07q" Z\r\0  6\b )\b"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R@ \0 A\bj \x07  Z\r (\b!\v \0  (\f"    J\x1B\x91!\v \0 \v Aj$\0 \v\xC0\x7F~#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!\x07@ \0 U"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ !\x07\f\v@ \0 A\fj )\0 \xA7"(A\xFF\xFF\xFF\xFF\x07q" Z\r\0   (\f"k"6\b \0   )\b"\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R\x7F \0 A\bj \b A\0Z\r (\b \v j\x91!\x07\v \0 \v Aj$\0 \x07\v\xD3\x7F~#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!@ \0 U"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ !\f\v@ \0 A\fj )\0 \xA7"(A\xFF\xFF\xFF\xFF\x07qA\0Z\r\0  (A\xFF\xFF\xFF\xFF\x07q"6\b )\b"\x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R@ \0 A\bj \x07 A\0Z\r (\b!\v \0  (\f"   H\x1B    J\x1B\x91!\v \0 \v Aj$\0 \v\x82
~\x7F#\0Ak"$\0@ B\x80\x80\x80\x80\x84B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0A\xCD3A\0B\x80\x80\x80\x80\xE0\0!\f\v )\b!\x07@ )\0"B\x80\x80\x80\x80pT\r\0 \0 A\xE7 A\0"B\x80\x80\x80\x80p\x83"B\x80\x80\x80\x80 Q B\x80\x80\x80\x800Qr\r\0 B\x80\x80\x80\x80\xE0\0Q\r  \x077\b  7\0 \0  A =!\f\vB\x80\x80\x80\x80\xE0\0!B\x80\x80\x80\x800!\b \0~B\x80\x80\x80\x800 \0 ("	B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0B\x80\x80\x80\x80\xE0\0 \0B"B\x80\x80\x80\x80\xE0\0Q\r\0@@ \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ A\x7F6\0\f\v \0  \x07\x80A\0H\r\v 	\xA7"5! \0 ("\bB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0@ (\0"E\r\0 B\xFF\xFF\xFF\xFF\x07\x83"
\xA7!B\0!@ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0 \b\xA7"5B\xFF\xFF\xFF\xFF\x07\x83"\x07\xA7! @ 
 \x07} E\xAD"
}!\v \xAD!\fB\0!@@  
|"\r \vU\r\0   \r\xA7\xC5"A\0H\r\0 \0  \xA7 \x91"B\x80\x80\x80\x80\xE0\0Q\r \0   A\0\xEFA\0H\r \xAC \x07|! B|" \fR\r\f\v\v B\xFF\xFF\xFF\xFF\x83! \xA7!\f\v E\r\v \0   \x91"B\x80\x80\x80\x80\xE0\0Q\r \0   A\0\xEFA\0H\r\v \0 	 \0 \b !\f\v \v \0 	 \0 \b\v Aj$\0 \v\x8C~#\0A0k"$\0  7(@ B\x80\x80\x80\x80\x84B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q@ \0A\xCD3A\0B\x80\x80\x80\x80\xE0\0!\f\v@ )\0"B\x80\x80\x80\x80pT\r\0B\x80\x80\x80\x80\xE0\0! \0   A\0"\x07B\x80\x80\x80\x80p\x83"\bB\x80\x80\x80\x80\xE0\0Q\r@ A\xE4G\r\0 \0 \xC6A\0N\r\0 \0 \x07\f\v \bB\x80\x80\x80\x80\x84B\x80\x80\x80\x800Q\r\0 \0 \x07 A A(j=!\f\v  \0 ("\x077\bB\x80\x80\x80\x80\xE0\0! \x07B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0  7@@\x7F A\xE4G@B\x80\x80\x80\x800!A\f\v \0A\xB2\xEA\0\xC8"B\x80\x80\x80\x80\xE0\0Q\r  7A\v! \0 \0)X  Aj\xAF! \0  B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R\r\v \0 \x07\f\v \0  A A\bj\xBD! \0 )\b\v A0j$\0 \v\x85\x7F~#\0Ak"$\0@ \0 U"\vB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \v!\f\v@ \0 )\0\xD6"@B\x80\x80\x80\x80\xE0\0!B\x80\x80\x80\x800!\f A\0L\r \0A\x86\x89A\0\f\vB\x80\x80\x80\x80\xE0\0! \0 )\0("\fB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \f\xA7"\b(!	  \v\xA7"
(A\xFF\xFF\xFF\xFF\x07q"\x07A\0 AF\x1B"6\f@ AH\r\0 )\b"\rB\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0 \0 A\fj \r \x07A\0Z\r (\f!\v \x07 	A\xFF\xFF\xFF\xFF\x07q"k!@@@ \0\v  H !E\rB\x80\x80\x80\x80!\f\v  k"!\vB\x80\x80\x80\x80! A\0H  Hr\r\0@ 
 \b A\0 \xC8E@B\x81\x80\x80\x80!\f\v  G Aj!\r\0\v\v \0 \v \0 \f\v Aj$\0 \v\x8F\x07\x7F~|#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!\f@ \0 U"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ !\f\f\v@ \0 )\0("\rB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \r\xA7"	(A\xFF\xFF\xFF\xFF\x07q! \xA7"
(A\xFF\xFF\xFF\xFF\x07q!\x07@ @  \x07 k"\v6\fA\x7F!\bA\0! AH\r \0  )\bH\r +\0"\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\rA\0!  D\0\0\0\0\0\0\0\0e\x7FA\0  \v\xB7cE\r \xFC\v6\f\f\v A\x006\f AN@ \0 A\fj )\b \x07A\0Z\r\v \x07 k!A!\b\vB\xFF\xFF\xFF\xFF!\f  \x07K\r\0  (\f"k \blA\0H\r\0@@ 
 	 A\0 \xC8\x7F  G\rA\x7F \v\xAD!\f\f\v  \bj!\f\0\v\0\v \0  \0 \r\v Aj$\0 \f\v\xFF~\x7FB\x80\x80\x80\x80\xE0\0!@ \0 U"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \xA7"\xF8"A\0H@ !\f\v \0 Aj (A\xFF\xFF\xFF\xFF\x07q\x8C! \0  B\x80\x80\x80\x80\xE0\0Q\r\0 \xA7"\0Aj! \0(A\xFF\xFF\xFF\xFF\x07q!@  N@ @  Atj"\x07/\0"\0A\x80\xF0qA\x80\xB0F@@ \0A\x80\xB8qA\x80\xB0G\r\0 Aj"\0 N\r\0  \0Atj/\0A\x80\xF8qA\x80\xB8F\r\v \x07A\xFD\xFF;\0\v !\0\v \0Aj!\f\v\0\v\0\v \vF~B\x80\x80\x80\x80\xE0\0! \0 U"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R~ \xA7\xF8 \0 Av\xADB\x80\x80\x80\x80\x84B\x80\x80\x80\x80\xE0\0\v\v\x92~\x7F#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!@ \0 U"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ !\f\v@ \0 A\fj" )\0\xC0\r\0B\x80\x80\x80\x800! (\f"A\0H\r\0  \xA7"(A\xFF\xFF\xFF\xFF\x07qO\r\0  \xEC\xAD!\v \0 \v Aj$\0 \vj\x7F~ \0 U!@  L B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0QrE@  Atj)\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v Aj! \0  \x97!\f\v\v \v\xB1~\x7F#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!@ \0 U"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ !\f\v@ \0 A\fj )\0\xC0\r\0B\x80\x80\x80\x80\xE0~! (\f"A\0H\r\0  \xA7"("A\xFF\xFF\xFF\xFF\x07qO\r\0 Aj! A\0H@  Atj3\0!\f\v  j1\0\0!\v \0 \v Aj$\0 \v\xED~\x7F#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!@ \0 U"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ !\f\v@ \0 A\fj )\0\xC0\r\0 \xA7! E (\f"A\0NrE@ (A\xFF\xFF\xFF\xFF\x07q j!\v@ A\0N@  ("\x07A\xFF\xFF\xFF\xFF\x07qI\r\vB\x80\x80\x80\x800! \r \0A/3!\f\v Aj! \0\x7F \x07A\0H@  Atj/\0\f\v  j-\0\0\vA\xFF\xFFq\xD5!\v \0 \v Aj$\0 \v\xDE~\x7F#\0Ak"$\0@ \0 A.,"E@ A\x006\0B\x80\x80\x80\x80\xE0\0!\f\vB\x80\x80\x80\x800!@ )\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800R@  (\f"6\f  \xA7"\x07(A\xFF\xFF\xFF\xFF\x07qI\r \0  B\x80\x80\x80\x8007\0\v A6\0\f\v \x07 A\fj\xEC!\b  (\f6\f A\x006\0 \bA\xFF\xFFM@ \0 \b\xD5!\f\v \0 \x07 AtjAjA\x8C!\v Aj$\0 \v\xCD
\x7F~|#\0A\xD0k"$\0B\x80\x80\x80\x80\xE0\0!
 \0 )\0A\0\xC5"\fB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R@@ \0 \fA\xEE\0 \fA\0"\rB\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 Aj"\x07A\0A\xB8\xFC\v\0 A\x006\b B\x80\x80\x80\x80\xA07\0 A\bj!\b@@@@B\x80\x80\x80\x80\xE0\0!
 \0 \f \r A\xCCj9"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r (\xCCE@ B \x88"\v\xA7A\bkAnM~ B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0| \vB\0R\r \xA7\xB7\xBD\v"B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\x83!
@@ B4\x88\xA7A\xFFq"@ A\xFFG\r@@ 
B\0R\r\0 (\0"AF\r\0 AA B\0S\x1BG\r\v A6\0\f\v  B?\x88\xA7Aj6\0\f\v (\b! 
PE@A\0!A\0!\f\v   A \x1B B\0S\x1B6\b\f\v Ak"A\xFF\xFFqA8n"AHl jA\xFF\xFFq! 
B\x80\x80\x80\x80\x80\x80\x80\b\x84!
 (\b!\v \x07 Atj" )\b 
A8 k\xAD\x88"\vB\0 \v} B\0Y"	\x1B|7\b  )\0 
 \xAD\x86B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83"B\0 } 	\x1B|7\0   Aj"  H\x1B6\b  (Ak"6 \r A\xFA6 \xC7\f\v\vD\0\0\0\0\0\0\xF0\x7F!@@@ (\0\0\vD\0\0\0\0\0\0\xF0\xFF!\f\vD\0\0\0\0\0\0\xF8\x7F!\f\v \xC7 (\b"E@D\0\0\0\0\0\0\0\x80!\f\v Au q!@ A\0J@ \b Atj)\0P@ Ak!\f !\f\v\0\v\v \rD\0\0\0\0\0\0\0\0!\f\v \0  \0A\x93\xCF\0A\0 \0 \fAD\f\v \x07 Ak"Atj")\0"B\x80\x80\x80\x80\x80\x80\x80\x80\x80\x7F\x83!
@@ B\0Y\r\0A\0! A\0 A\0J\x1B!B!@  FE@ \x07 Atj"\b  \b)\0}B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0|"B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x837\0 Aj! B8\x88!\f\v\v   )\0B\x7F\x85|7\0A  A\0J\x1B!@ AH@ !\f\v \x07 AtjA\bk)\0B\0R\r Ak!\f\0\v\0\v AG\r\0A! )"B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07V\r\0  
\x84\xBF!\f\v A8l@ \x07 Ak"Atj)\0"y"\v\xA7A\bk"E\r\0  \xAD\x86! AH\r\0   Atj)\0"B\xC0\0 \v}"\v\x87 B\x7F \v\x86B\x7F\x85\x83B\0R\xAD\x84\x84! Ak!\v k!@ A\0L B\x07\x83BRr\r\0@ \x07 Ak"Atj)\0P@ AI !E\r\f\v\v B\x84!\vAMAL  B\x88B\x83|B|B\x88"B\x80\x80\x80\x80\x80\x80\x80Q\x1B j"A\xFFN@ 
B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0\x84\xBF!\f\v B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\x83 \xADB4\x86\x84 
\x84\xBF!\vB\x80\x80\x80\x80\xE0~ \xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!
\v \0 \f \0 \r\v A\xD0j$\0 
\v8\0#\0Ak"$\0 \0 A\fj )\0\x80!\0 (\f! Aj$\0B\x80\x80\x80\x80\xE0\0 g\xAD \0\x1B\vP\0#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!@ \0 A\fj )\0\x80\r\0 \0 A\bj )\b\x80\r\0 (\b (\fl\xAD!\v Aj$\0 \v\0 \0\xB6\xBB\v
\0 \0\xCA\xF5\v\x7F\0 \0 \0)\xE0"B\f\x88 \x85"B\x86 \x85"B\x1B\x88 \x85"7\xE0B\x80\x80\x80\x80\xE0~ B\x9D\xBA\xB3\xFB\x94\x92\xFD\xA2%~B\f\x88B\x80\x80\x80\x80\x80\x80\x80\xF8?\x84\xBFD\0\0\0\0\0\0\xF0\xBF\xA0\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v\xA2|\x7F~#\0Ak"	$\0 	B\x007\b@@ A\0L\r\0B\x80\x80\x80\x80\xE0\0! \0 	A\bj )\0H\rA!
 	+\b! AG@@  
F\r \0 	  
Atj)\0H\r 
Aj!
 	+\0!#\0A k"\b$\0@ \x99"\x07 \x99" \x07\xBD \xBDT"\v\x1B"\xBD"\fB4\x88"\rB\xFFQ\r\0  \x07 \v\x1B!@ \fP\r\0 \xBD"B4\x88"B\xFFQ\r\0 \xA7 \r\xA7kA\xC1\0N@ \x07 \xA0!\f\v| B\x80\x80\x80\x80\x80\x80\x80\xF0\xDF\0Z@ D\0\0\0\0\0\x000\xA2! D\0\0\0\0\0\x000\xA2!D\0\0\0\0\0\0\xB0k\f\vD\0\0\0\0\0\0\xF0? \fB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE7#V\r\0 D\0\0\0\0\0\0\xB0k\xA2! D\0\0\0\0\0\0\xB0k\xA2!D\0\0\0\0\0\x000\v \bAj \bAj \x97 \bA\bj \b \x97 \b+\0 \b+\xA0 \b+\b\xA0 \b+\xA0\x9F\xA2!\f\v !\v \bA j$\0\f\0\v\0\v \x99!\v@ D\0\0\xC0\xFF\xFF\xFF\xDFAe D\0\0\0\0\0\0\xE0\xC1fqE@ \xBD!\f\v \xBD" \xFC"\0\xB7\xBDR\r\0 \0\xAD!\f\vB\x80\x80\x80\x80\xE0~ B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B!\v 	Aj$\0 \vN\0 \0 \0D\0\0\0\0\0\0\xF0\xBFD\0\0\0\0\0\0\xF0? \0D\0\0\0\0\0\0\0\0c\x1B \0\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B \0D\0\0\0\0\0\0\0\0a\x1B\vC\0| \xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0Z@D\0\0\0\0\0\0\xF8\x7F \0\x99D\0\0\0\0\0\0\xF0?a\r\v \0 \xA1\v\v\v\0 \0 \xA9/\v}~\x7F \0\xBD"B4\x88\xA7A\xFFq"A\xFE\x07M@ A\xFE\x07G B\x80\x80\x80\x80\x80\x80\x80\xF0\xBF\x7FQrE@D\0\0\0\0\0\0\xF0? \0\xA6\v B\x80\x80\x80\x80\x80\x80\x80\x80\x80\x7F\x83\xBF\v A\xB2\bM| B?\x87 |BA\xB3\b k\xAD\x86"B\x88|B\0 }\x83\xBF \0\v\v\x87|\x7F~#\0Ak"	$\0~B\x80\x80\x80\x80\xE0\xFE\xFF\xFB\xFF\0B\x80\x80\x80\x80\xE0\xFE\xFF{ \x1B E\r\0@| )\0"B\xFF\xFF\xFF\xFFX@A  AL\x1B!
 \xA7!\bA!\x07@ \x07 
G@ \b\xB7  \x07Atj)\0"B\x80\x80\x80\x80Z\r \b \xA7"\v \b \vJ\x1B \b \v \b \vH\x1B \x1B!\b \x07Aj!\x07\f\v\v \b\xAD\f\v \0 	A\bj H\rA!\x07 	+\b\v! \x07   \x07H\x1B!@  \x07G@ \0 	  \x07Atj)\0H\r@ \xBD"\fB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\r\0 	+\0"\xBD"B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V@ !\f\v D\0\0\0\0\0\0\0\0a D\0\0\0\0\0\0\0\0aq!
 @ 
@  \f\x83\xBF!\f\v   \xA5 \xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B  \xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0X\x1B!\f\v 
@  \f\x84\xBF!\f\v   \xA4 \xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B  \xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0X\x1B!\v \x07Aj!\x07\f\v\v@ D\0\0\xC0\xFF\xFF\xFF\xDFAe D\0\0\0\0\0\0\xE0\xC1fqE@ \xBD!\f\v \xBD" \xFC"\0\xB7\xBDR\r\0 \0\xAD\f\vB\x80\x80\x80\x80\xE0~ B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\f\vB\x80\x80\x80\x80\xE0\0\v 	Aj$\0\v-\0B\x80\x80\x80\x80\xE0\0 \0 )\0 )\bA\0\x98"\0A\0G\xADB\x80\x80\x80\x80\x84 \0A\0H\x1B\v\xA1~ )\0"! AN@ )!\v B\xFF\xFF\xFF\xFFoX@ \0%B\x80\x80\x80\x80\xE0\0\v )!B\x80\x80\x80\x80\xE0\0!@ \0 )\b1"E\r\0 B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0    A\0\xA1! \0  A\0H\r\0 A\0G\xADB\x80\x80\x80\x80\x84!\v \v\x90\0@@ )\0"B\xFF\xFF\xFF\xFFoX@ @ \0%\f\v B\x80\x80\x80\x80\xF0~T\r \xA7"\0 \0(\0Aj6\0 \v \0 \xFD"A\0H\r @ A\0G\xADB\x80\x80\x80\x80\x84\v E@ \0A\x9D\xF1\0A\0\f\v \xA7"\0 \0(\0Aj6\0\v \vB\x80\x80\x80\x80\xE0\0\v*\0 )\0"B\xFF\xFF\xFF\xFFoX@ \0%B\x80\x80\x80\x80\xE0\0\v \0 AA\0\xB7\vO\0@@ )\0"B\xFF\xFF\xFF\xFFoX@ E@B\x80\x80\x80\x80\v \0%\f\v \0 \x9C"\0A\0N\r\vB\x80\x80\x80\x80\xE0\0\v \0A\0G\xADB\x80\x80\x80\x80\x84\vc~ )\0"B\xFF\xFF\xFF\xFFoX@ \0%B\x80\x80\x80\x80\xE0\0\vB\x80\x80\x80\x80\xE0\0!@ \0 )\b1"E\r\0 \0  K! \0  A\0H\r\0 A\0G\xADB\x80\x80\x80\x80\x84!\v \v<\0 )\0"B\xFF\xFF\xFF\xFFoV E B\x80\x80\x80\x80\`\x83B\x80\x80\x80\x80 RqrE@ \0%B\x80\x80\x80\x80\xE0\0\v \0 \xDC\v_~@@ )\0"B\xFF\xFF\xFF\xFFoX@ \0%\f\v )\b! ! AN@ )!\v \0 1"\r\vB\x80\x80\x80\x80\xE0\0\v \0   A\0 \0 \vf~ )\0"B\xFF\xFF\xFF\xFFoX@ \0%B\x80\x80\x80\x80\xE0\0\vB\x80\x80\x80\x80\xE0\0!@ \0 )\b1"E\r\0 \0  A\0\xDA! \0  A\0H\r\0 A\0G\xADB\x80\x80\x80\x80\x84!\v \v\x8E~ )\0"B\xFF\xFF\xFF\xFFoX@ \0%B\x80\x80\x80\x80\xE0\0\v )!B\x80\x80\x80\x80\xE0\0!@ \0 )\b1"E\r\0 \0   A\0A\x80\x80 \x1B\xC9! \0  A\0H\r\0 @ A\0G\xADB\x80\x80\x80\x80\x84\v \xA7"\0 \0(\0Aj6\0 !\v \v\x98\x7F~#\0Ak"$\0 )\b! )\0"!@@@@ AH\r\0 )"B\x80\x80\x80\x80pZ@ \xA7-\0Aq\r\v \0 \x96\f\v \0 A\fj \x97"\r\vB\x80\x80\x80\x80\xE0\0!\f\v \0   (\f" \xD2! \0  \xA7\v Aj$\0 \v\0 \0 )\0  A\bjA\xA9\vg~ )\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\x80\x7FR@ \0A\xA3\xDE\0A\0B\x80\x80\x80\x80\xE0\0\vB\x80\x80\x80\x800! \xA7"\0(\bA\xFF\xFF\xFF\xFF{L~ \0 \0(\0Aj6\0 B\x80\x80\x80\x80\x90\x7F\x84B\x80\x80\x80\x800\v\v<~B\x80\x80\x80\x80\xE0\0! \0 )\0("B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0R~ \0 \xA7A\x91B\x80\x80\x80\x80\xE0\0\v\vV~\x7F \0 \xC9"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \vB\x80\x80\x80\x800! \xA7"(A\x80\x80\x80\x80xG@ \0 \0( \xB33!\v \0  \v	\0 \0 \xC9\v:\x7F|#\0Ak"$\0 B\x80\x80\x80\x80\x80\x80\x80\xFC\xFF\x007\b \0 A\bj )\0H +\b Aj$\0\v[~#\0Ak"$\0  \0 \xC9"7\b@ B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ !\f\v \0B\x80\x80\x80\x800A A\bj\x93! \0 \v Aj$\0 \v\x9C\x7F~@@@@@@ B\x80\x80\x80\x80pZ@ \xA7"/A0F\r\v A6\0\f\v ( ! A6\0 \r\v \0A\xF7\xC5\0A\0\f\v@@@@@@ (\0"\x07Ak\0\v \rA\0! ("!\f\v (! )\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v@ AG\r\0A! \x07AG\r\0 \0 \x8A (!\f\v (\`" \xAD7\0 A\bk 7\0  A\bj6\`A\0! !\v  6 A6\0 \0 \xC1! A6\0 (( @ \0( \x8A \v B\x80\x80\x80\x80Z\r (\`A\bk"\0)\0!\b \0B\x80\x80\x80\x8007\0 BQ@ A6\0 A6\0 \b\v A\x006\0 \b\v \0( \x8A\vB\x80\x80\x80\x800!@@ Ak\0\v )\0"B\x80\x80\x80\x80\xF0~T\r \xA7"\0 \0(\0Aj6\0 \v )\0"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 \x8A\f\v \0A\xD5\xC5\0A\0\vB\x80\x80\x80\x80\xE0\0!\v \vA\xD4\x97A\xDF\x90A\xB7\xA0A\xC9&\0\0\v\x96~\x7F#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!@ \0 A\bj )\0\xAC\r\0 )\b"B\x80\x80\x80\x80\xF0~Z@ \xA7" (\0Aj6\0\v \0 \xBD"B\x80\x80\x80\x80p\x83"\x07B\x80\x80\x80\x80\xE0\0Q\r\0 )\b"P@ \0 B\x80\x80\x80\x80\xF0\0!\f\v@@ \x07B\x80\x80\x80\x80\xF0\0Q@ BV\r \xC4B\xC0\0 }"\x86" \x87  \x88 \x1BB\xFF\xFF\xFF\xFF\x83B\x80\x80\x80\x80\xF0\0\x84!\f\v  \xA7"\b(At\xADT\r\v !\f\v \0 B|B\x88\xA7"Y"
E@ \0 \f\v 
 6 
A\bj!	 \bA\bj!\b Ak!\vA\0!@  \vFE@ 	 At"\fj \b \fj(\x006\0 Aj!\f\v\v 	 \vAt"j  \bj(\0A\0 \xA7k"t"	 u 	 v \x1B6\0 \0 
\xFB! \0  \0 \xC2!\v Aj$\0 \v	\0 \0 \xCB\vp~\x7F \0 \xCB"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q@ \vA
!~@ E\r\0 )\0"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x800Q\r\0 \0 \xCA"A\0N\r\0B\x80\x80\x80\x80\xE0\0\f\v \0  \xF7\v \0 \v\x80\x7F|#\0A@j"$\0 A\0A8\xFC\v\0 B\x80\x80\x80\x80\x80\x80\x80\xF8?7~B\x80\x80\x80\x80\xE0~ E\r\0A\x07 A\0 A\0J\x1B" A\x07N\x1B!@@  F\r At! Aj! \0  j  j)\0HE\r\0\vB\x80\x80\x80\x80\xE0\0\f\v@ A\0\xD3"\x07D\0\0\0\0\0\0\xE0\xC1f \x07D\0\0\xC0\xFF\xFF\xFF\xDFAeqE@ \x07\xBD!\f\v \x07\xBD" \x07\xFC"\0\xB7\xBDR\r\0 \0\xAD\f\vB\x80\x80\x80\x80\xE0~ B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \x07\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v A@k$\0\vv~~@ D\0\0\xC0\xFF\xFF\xFF\xDFAe D\0\0\0\0\0\0\xE0\xC1fqE@ \xBD!\f\v \xBD" \xFC"\0\xB7\xBDR\r\0 \0\xAD\f\vB\x80\x80\x80\x80\xE0~ B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v/\vV\0\xD5"B\x80\x80\x80\x80\b|B\xFF\xFF\xFF\xFFX@ B\xFF\xFF\xFF\xFF\x83\vB\x80\x80\x80\x80\xE0~ \xB9\xBD"B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v\xEF~#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!@ \0 \0 &"A\xD9"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 B \x88"PE \xA7A	jAIqE@ \0 A\bj HA\0H\rB\x80\x80\x80\x80 ! )\bB\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0Q\r\vB\x80\x80\x80\x80\xE0\0! \0 A\x83\xE9\0\xA7"B\x80\x80\x80\x80p\x83B\x80\x80\x80\x80\xE0\0Q\r\0 \0 0E@ \0A\xDE\x83A\0 \0 \f\v \0  A\0A\0=!\v \0  \0  Aj$\0 \v\x99|~\x7F#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!@ \0 A\bj" \xEA\r\0 \0  )\0H\r\0 ~ +\b"\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xF7\xFF\0X@ \x9D"D\0\0\0\0\0\xB0\x9D@\xA0  D\0\0\0\0\0\0Y@c\x1B  D\0\0\0\0\0\0\0\0f\x1B!\v@ D\0\0\xC0\xFF\xFF\xFF\xDFAe D\0\0\0\0\0\0\xE0\xC1fqE@ \xBD!\f\v \xBD" \xFC"\xB7\xBDR\r\0 \xAD\f\vB\x80\x80\x80\x80\xE0~ B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v7\0 \0 A A\xD0!\v Aj$\0 \vu~\x7F|#\0Ak"$\0B\x80\x80\x80\x80\xE0\0!@ \0 A\bj" \xEA\r\0 \0  )\0H\r\0 \0  +\b"\x9DD\0\0\0\0\0\0\0\0\xA0D\0\0\0\0\0\0\xF8\x7F \x99D\0\0\xDC\xC2\b\xB2>Ce\x1B\xD1!\v Aj$\0 \v\xE0|#\0A\xD0\0k"$\0~B\x80\x80\x80\x80\xE0\0 \0   AqA\0\xCE"\0A\0H\r\0B\x80\x80\x80\x80\xE0~ \0E\r\0 A\x80q@  +\0D\0\0\0\0\0\xB0\x9D\xC0\xA09\0\v@  AvAqAtj+\0"D\0\0\0\0\0\0\xE0\xC1f D\0\0\xC0\xFF\xFF\xFF\xDFAeqE@ \xBD!\f\v \xBD" \xFC"\0\xB7\xBDR\r\0 \0\xAD\f\vB\x80\x80\x80\x80\xE0~ B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v A\xD0\0j$\0\v\`|#\0Ak"$\0~B\x80\x80\x80\x80\xE0\0 \0 A\bj \xEA\r\0B\x80\x80\x80\x80\xE0~ +\b"\xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\r\0 \x9D\xFC\xCD\xAD\v Aj$\0\v\x84~@ B\xFF\xFF\xFF\xFFoX@ \0%\f\v@ )\0"B \x88B\xFB\xFF\xFF\xFF}B~T\r\0 \0 1"E\r \0 A!@@@ A\xCA\0k\0\v AG\r\vA!\v \0  \xD9\v \0A\xC6-A\0\vB\x80\x80\x80\x80\xE0\0\v\0 \0B\x80\x80\x80\x800 \xADA\0A A+A\0\xAA/\v\x9F|#\0Ak"$\0~B\x80\x80\x80\x80\xE0\0 \0 A\bj \xEA\r\0@ +\b"D\0\0\0\0\0\0\xE0\xC1f D\0\0\xC0\xFF\xFF\xFF\xDFAeqE@ \xBD!\f\v \xBD" \xFC"\0\xB7\xBDR\r\0 \0\xAD\f\vB\x80\x80\x80\x80\xE0~ B\x80\x80\x80\x80\xA0\x81\x80\xFC\xFF\0} \xBDB\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83B\x80\x80\x80\x80\x80\x80\x80\xF8\xFF\0V\x1B\v Aj$\0\v\x07\0 \x8E\v\0A\xC0\xB1A\0A\x9C\xFC\v\0\v\xAE\x7F#\0Ak"\0$\0@ \0A\fj \0A\bj\r\0A\xD8\xC0 \0(\fAtAj\x96"6\0 E\r\0 \0(\b\x96"@A\xD8\xC0(\0" \0(\fAtjA\x006\0  E\r\vA\xD8\xC0A\x006\0\v \0Aj$\0A\xE8\xB6A\xAC\xB76\0A\xC4\xB6A\x80\xC0\x006\0A\xC0\xB6A\x80\x80\xC06\0A\xBC\xB6A\xE0\xC0\xC56\0A\xA0\xB6A*6\0\v\v\xE2\x99]\0A\x80\b\vp\xFE\x82+eGg@\0\0\0\0\0\x008C\0\0\xFA\xFEB.v\xBF:;\x9E\xBC\x9A\xF7\f\xBD\xBD\xFD\xFF\xFF\xFF\xFF\xDF?<TUUUU\xC5?\x91+\xCFUU\xA5?\xD0\xA4g\x81?\0\0\0\0\0\0\xC8B\xEF9\xFA\xFEB.\xE6?$\xC4\x82\xFF\xBD\xBF\xCE?\xB5\xF4\f\xD7\bk\xAC?\xCCPF\xD2\xAB\xB2\x83?\x84:N\x9B\xE0\xD7U?\0A\xFE\b\v\x92\xF0?n\xBF\x88O;\x9B<53\xFB\xA9=\xF6\xEF?]\xDC\xD8\x9C\`q\xBCa\x80w>\x9A\xEC\xEF?\xD1f\x87z^\x90\xBC\x85\x7Fn\xE8\xE3\xEF?\xF6g5R\xD2\x8C<t\x85\xD3\xB0\xD9\xEF?\xFA\x8E\xF9#\x80\xCE\x8B\xBC\xDE\xF6\xDD)k\xD0\xEF?a\xC8\xE6aN\xF7\`<\xC8\x9BuE\xC7\xEF?\x99\xD33[\xE4\xA3\x90<\x83\xF3\xC6\xCA>\xBE\xEF?m{\x83]\xA6\x9A\x97<\x89\xF9lX\xB5\xEF?\xFC\xEF\xFD\x92\xB5\x8E<\xF7Gr+\x92\xAC\xEF?\xD1\x9C/p=\xBE><\xA2\xD1\xD32\xEC\xA3\xEF?\vn\x90\x894j\xBC\x1B\xD3\xFE\xAFf\x9B\xEF?\xBD/*RV\x95\xBCQ[\xD0\x93\xEF?U\xEAN\x8C\xEF\x80P\xBC\xCC1l\xC0\xBD\x8A\xEF?\xF4\xD5\xB9#\xC9\x91\xBC\xE0-\xA9\xAE\x9A\x82\xEF?\xAFU\\\xE9\xE3\xD3\x80<Q\x8E\xA5\xC8\x98z\xEF?H\x93\xA5\xEA\x1B\x80\xBC{Q}<\xB8r\xEF?=2\xDEU\xF0\x8F\xBC\xEA\x8D\x8C8\xF9j\xEF?\xBFS?\x8C\x89\x8B<u\xCBo\xEB[c\xEF?&\xEBv\x9C\xD9\x96\xBC\xD4\\\x84\xE0[\xEF?\`/:>\xF7\xEC\x9A<\xAA\xB9h1\x87T\xEF?\x9D8\x86\xCB\x82\xE7\x8F\xBC\xD9\xFC"PM\xEF?\x8D\xC3\xA6DAo\x8A<\xD6\x8Cb\x88;F\xEF?}\xE4\xB0z\x80<\x96\xDC}\x91I?\xEF?\x94\xA8\xA8\xE3\xFD\x8E\x96<8bunz8\xEF?}Ht\xF2^\x87<?\xA6\xB2O\xCE1\xEF?\xF2\xE7\x98+G\x80<\xDD|\xE2eE+\xEF?^\bq?{\xB8\x96\xBC\x81c\xF5\xE1\xDF$\xEF?1\xAB	m\xE1\xF7\x82<\xE1\xDE\xF5\x9D\xEF?\xFA\xBFo\x9B!=\xBC\x90\xD9\xDA\xD0\x7F\xEF?\xB4
\fr\x827\x8B<\v\xE4\xA6\x85\xEF?\x8F\xCB\xCE\x89\x92n<V/>\xA9\xAF\f\xEF?\xB6\xAB\xB0MuM\x83<\xB71
\xFE\xEF?Lt\xAC\xE2B\x86<1\xD8L\xFCp\xEF?J\xF8\xD3]9\xDD\x8F<\xFFd\xB2\b\xFC\xEE?[\x8E;\x80\xA3\x86\xBC\xF1\x9F\x92_\xC5\xF6\xEE?hPK\xCC\xEDJ\x92\xBC\xCB\xA9:7\xA7\xF1\xEE?\x8E-Q\x1B\xF8\x07\x99\xBCf\xD8m\xAE\xEC\xEE?\xD26\x94>\xE8\xD1q\xBC\xF7\x9F\xE54\xDB\xE7\xEE?\x1B\xCE\xB3\x99\xBC\xE5\xA8\xC3-\xE3\xEE?mL*\xA7H\x9F\x85<"4L\xA6\xDE\xEE?\x8Ai(z\`\x93\xBC\x80\xACE\xDA\xEE?[\x89H\x8F\xA7X\xBC*.\xF7!
\xD6\xEE?\x1B\x9AIg\x9B,|\xBC\x97\xA8P\xD9\xF5\xD1\xEE?\xAC\xC2\`\xEDcC<-\x89a\`\b\xCE\xEE?\xEFd;	f\x96<W\0\xEDA\xCA\xEE?y\xA1\xDA\xE1\xCCn<\xD0<\xC1\xB5\xA2\xC6\xEE?0?\x8E\xFF\x93<\xDE\xD3\xD7\xF0*\xC3\xEE?\xB0\xAFz\xBB\xCE\x90v<'*6\xD5\xDA\xBF\xEE?w\xE0T\xEB\xBD\x93<\r\xDD\xFD\x99\xB2\xBC\xEE?\x8E\xA3q\x004\x94\x8F\xBC\xA7,\x9Dv\xB2\xB9\xEE?I\xA3\x93\xDC\xCC\xDE\x87\xBCBf\xCF\xA2\xDA\xB6\xEE?_8\xBD\xC6\xDEx\xBC\x82O\x9DV+\xB4\xEE?\xF6\\{\xECF\x86\xBC\x92]\xCA\xA4\xB1\xEE?\x8E\xD7\xFD5\x93<\xDA'\xB56G\xAF\xEE?\x9B\x8A/\xB7\x98{<\xFD\xC7\x97\xD4\xAD\xEE?	T\xE2\xE1c\x90<)TH\xDD\x07\xAB\xEE?\xEA\xC6P\x85\xC74<\xB7FY\x8A&\xA9\xEE?5\xC0d+\xE62\x94<H!\xADo\xA7\xEE?\x9Fv\x99aJ\xE4\x8C\xBC	\xDCv\xB9\xE1\xA5\xEE?\xA8M\xEF;\xC53\x8C\xBC\x85U:\xB0~\xA4\xEE?\xAE\xE9+\x89xS\x84\xBC \xC3\xCC4F\xA3\xEE?XXVx\xDD\xCE\x93\xBC%"U\x828\xA2\xEE?d~\x80\xAAW<s\xA9L\xD4U\xA1\xEE?("^\xBF\xEF\xB3\x93\xBC\xCD;\x7Ff\x9E\xA0\xEE?\x82\xB94\x87\xADj\xBC\xBF\xDA\vu\xA0\xEE?\xEE\xA9m\xB8\xEFgc\xBC/e<\xB2\x9F\xEE?Q\x88\xE0T=\xDC\x80\xBC\x84\x94Q\xF9}\x9F\xEE?\xCF>Z~dx\xBCt_\xEC\xE8u\x9F\xEE?\xB0}\x8B\xC0J\xEE\x86\xBCt\x81\xA5H\x9A\x9F\xEE?\x8A\xE6U2\x86\xBC\xC9gBV\xEB\x9F\xEE?\xD3\xD4	^\xCB\x9C\x90<?]\xDEOi\xA0\xEE?\xA5M\xB9\xDC2{\xBC\x87\xEBs\xA1\xEE?k\xC0gT\xFD\xEC\x94<2\xC10\xED\xA1\xEE?Ul\xD6\xAB\xE1\xEBe<bN\xCF6\xF3\xA2\xEE?B\xCF\xB3/\xC5\xA1\x88\xBC>T'\xA4\xEE?47;\xF1\xB6i\x93\xBC\xCEL\x99\x89\xA5\xEE?\xFF:\x84^\x80\xBC\xAD\xC7#F\xA7\xEE?nWr\xD8P\xD4\x94\xBC\xED\x92D\x9B\xD9\xA8\xEE?\0\x8A[g\xAD\x90<\x99f\x8A\xD9\xC7\xAA\xEE?\xB4\xEA\xF0\xC1/\xB7\x8D<\xDB\xA0*B\xE5\xAC\xEE?\xFF\xE7\xC5\x9C\`\xB6e\xBC\x8CD\xB52\xAF\xEE?D_\xF3Y\x83\xF6{<6w\x99\xAE\xB1\xEE?\x83=\xA7	\x93\xBC\xC6\xFF\x91\v[\xB4\xEE?)l\x8B\xB8\xA9]\xBC\xE5\xC5\xCD\xB07\xB7\xEE?Y\xB9\x90|\xF9#l\xBCR\xC8\xCBD\xBA\xEE?\xAA\xF9\xF4"CC\x92\xBCPN\xDE\x9F\x82\xBD\xEE?K\x8Ef\xD7l\xCA\x85\xBC\xBA\x07\xCAp\xF1\xC0\xEE?'\xCE\x91+\xFC\xAFq<\x90\xF0\xA3\x82\x91\xC4\xEE?\xBBs
\xE15\xD2m<##\xE3c\xC8\xEE?c"b"\xC5\x87\xBCe\xE5]{f\xCC\xEE?\xD51\xE2\xE3\x86\x8B<3-J\xEC\x9B\xD0\xEE?\xBB\xBC\xD3\xD1\xBB\x91\xBC]%>\xB2\xD5\xEE?\xD21\xEE\x9C1\xCC\x90<X\xB30\x9E\xD9\xEE?\xB3Zsn\x84i\x84<\xBF\xFDyUk\xDE\xEE?\xB4\x9D\x8E\x97\xCD\xDF\x82\xBCz\xF3\xD3\xBFk\xE3\xEE?\x873\xCB\x92w\x8C<\xAD\xD3Z\x99\x9F\xE8\xEE?\xFA\xD9\xD1J\x8F{\x90\xBCf\xB6\x8D)\x07\xEE\xEE?\xBA\xAE\xDCV\xD9\xC3U\xBC\xFBO\xB8\xA2\xF3\xEE?@\xF6\xA6=\xA4\x90\xBC:Y\xE5\x8Dr\xF9\xEE?4\x93\xAD8\xF4\xD6h\xBCG^\xFB\xF2v\xFF\xEE?5\x8AXk\xE2\xEE\x91\xBCJ\xA10\xB0\xEF?\xCD\xDD_
\xD7\xFFt<\xD2\xC1K\x90\f\xEF?\xAC\x98\x92\xFA\xFB\xBD\x91\xBC	\xD7[\xC2\xEF?\xB3\f\xAF0\xAEns<\x9CR\x85\xDD\x9B\xEF?\x94\xFD\x9F\\2\xE3\x8E<z\xD0\xFF_\xAB \xEF?\xACY	\xD1\x8F\xE0\x84<K\xD1W.\xF1'\xEF?gN8\xAF\xCDc<\xB5\xE7\x94m/\xEF?h\x92l,kg<i\x90\xEF\xDC 7\xEF?\xD2\xB5\xCC\x83\x8A\x80\xBC\xFA\xC3]U\v?\xEF?o\xFA\xFF?]\xAD\x8F\xBC|\x89\x07J-G\xEF?I\xA9u8\xAE\r\x90\xBC\xF2\x89\r\b\x87O\xEF?\xA7\x07=\xA6\x85\xA3t<\x87\xA4\xFB\xDCX\xEF?"@ \x9E\x91\x82\xBC\x98\x83\xC9\xE3\`\xEF?\xAC\x92\xC1\xD5PZ\x8E<\x852\xDB\xE6i\xEF?Kk\xACY:\x84<\`\xB4\xF3!s\xEF?>\xB4\x07!\xD5\x82\xBC_\x9B{3\x97|\xEF?\xC9\rG;\xB9*\x89\xBC)\xA1\xF5F\x86\xEF?\xD3\x88:\`\xB6t<\xF6?\x8B\xE7.\x90\xEF?qr\x9DQ\xEC\xC5\x83<\x83L\xC7\xFBQ\x9A\xEF?\xF0\x91\xD3\x8F\xF7\x8F\xBC\xDA\x90\xA4\xA2\xAF\xA4\xEF?}t#\xE2\x98\xAE\x8D\xBC\xF1g\x8E-H\xAF\xEF?\b \xAAA\xBC\xC3\x8E<'Za\xEE\x1B\xBA\xEF?2\xEB\xA9\xC3\x94+\x84<\x97\xBAk7+\xC5\xEF?\xEE\x85\xD11\xA9d\x8A<@En[v\xD0\xEF?\xED\xE3;\xE4\xBA7\x8E\xBC\xBE\x9C\xAD\xFD\xDB\xEF?\x9D\xCD\x91M;\x89w<\xD8\x90\x9E\x81\xC1\xE7\xEF?\x89\xCC\`A\xC1S<\xF1q\x8F+\xC2\xF3\xEF?\0\0\0\0\0\0\xF0?\0\0\0\0\0\0\xF8?\0\0\0\0\0\0\0\0\xD0\xCFC\xEB\xFDL>\0A\x9B\v\xD6\xA7@\xB8\xE2?() {
    [native code]
}\0cannot mix ?? with && or ||\0proxy: property not present in target were returned by non extensible proxy\0revoked proxy\0Proxy\0add_property\0Cannot assign to read only property\0proxy: cannot set property\0no setter for property\0value has no property\0could not delete property\0proxy: duplicate property\0hasOwnProperty\0proxy: inconsistent deleteProperty\0proxy: inconsistent defineProperty\0JS_DefineProperty\0mr->empty\0Infinity\0FinalizationRegistry\0out of memory\0unknown unicode general category\0General_Category\0every\0any\0apply\0'%s' is read-only\0expecting catch or finally\0sticky\0stringify\0invalid value used as %s key\0invalid value used as WeakMap key\0duplicate with key\0subarray\0empty array\0non integer index in typed array\0negative index in typed array\0out-of-bound index in typed array\0cannot create numeric index in typed array\0invalid typed array\0isArray\0toArray\0not a TypedArray\0getDay\0getUTCDay\0groupBy\0c < radix\0m->dfs_ancestor_index <= m->dfs_index\0js_get_atom_index\0invalid array index\0JS_AtomIsArrayIndex\0findLastIndex\0findIndex\0invalid export syntax\0invalid assignment syntax\0max\0\\u%04x\0\\x%02x\0invalid opcode: pc=%u opcode=0x%02x\0-+   0X0x\0-0X+0X 0X-0x+0x 0x\0line terminator not allowed after throw\0grow\0pow\0now\0stack overflow\0js_weakref_new\0must be called with new\0isView\0not a DataView\0raw\0%u\0class declarations can't appear in single-statement context\0function declarations can't appear in single-statement context\0lexical declarations can't appear in single-statement context\0duplicate argument names not allowed in this context\0duplicate parameter names not allowed in this context\0import.meta not supported in this context\0JS_FreeContext\0JSContext\0js_map_iterator_next\0js_generator_next\0string_rope_iter_next\0js_async_generator_resume_next\0Unexpected end of JSON input\0tt\0exported variable '%s' does not exist\0private class field '%s' does not exist\0re_emit_string_list\0test\0assignment rest property must be last\0pval == last\0findLast\0sqrt\0sort\0xport\0mport\0getOrInsert\0cbrt\0trimStart\0padStart\0unknown unicode script\0Script\0hypot\0free_zero_refcount\0fast_array_count\0binary_object_count\0str_index == num_keys_count + str_keys_count\0num_index == num_keys_count\0str_count\0compute_register_count\0prop_count\0sym_index == atom_count\0label >= 0 && label < s->label_count\0lab1 >= 0 && lab1 < s->label_count\0obj_count\0var_ref_idx < b->var_ref_count\0val < s->capture_count\0val2 < s->capture_count\0shape_count\0js_func_pc2line_count\0memory_used_count\0malloc_count\0js_func_count\0c_func_count\0invalid repeat count\0invalid repetition count\0font\0invalid code point\0fromCodePoint\0invalid hint\0cannot convert to bigint\0private method is already present\0BigInt negative exponent\0encodeURIComponent\0decodeURIComponent\0unexpected end of comment\0invalid switch statement\0cannot convert NaN or Infinity to BigInt\0cannot convert to BigInt\0not a BigInt\0Do not know how to serialize a BigInt\0parseInt\0duplicate default\0malloc_limit\0split\0expecting hex digit\0trimRight\0reduceRight\0unshift\0trimLeft\0invalid offset\0invalid byteOffset\0getTimezoneOffset\0resolving function already set\0proxy: inconsistent set\0find_jump_target\0expecting target\0invalid destructuring target\0held value cannot be the target\0invalid target\0proxy: inconsistent get\0WeakSet\0construct\0JS_FreeAtomStruct\0use strict\0Reflect\0reject\0Iterator.from called on non-object\0not an AsyncGenerator object\0cannot convert to object\0invalid brand on object\0operand 'prototype' property is not an object\0iterator must return an object\0options must be an object\0options.with must be an object\0not a Date object\0Module code compiled to non-module object\0not a object\0JSObject\0parseFloat\0flat\0nothing to repeat\0concat\0Iterator Concat\0codePointAt\0charAt\0charCodeAt\0keys\0proxy: target property must be present in proxy ownKeys\0  fast arrays\0export '%s' in module '%s' is ambiguous\0private class field '%s' already exists\0too many arguments\0Too many call arguments\0fast_array_elements\0too many elements\0  elements\0invalid number of digits\0unicodeSets\0binary objects\0invalid property access\0js_op_define_class\0fd->byte_code.buf[define_class_pos] == OP_define_class\0unsupported object class\0setHours\0getHours\0setUTCHours\0getUTCHours\0gather_available_ancestors\0getOwnPropertyDescriptors\0withResolvers\0too many imbricated quantifiers\0invalid modifiers\0resizable ArrayBuffers not supported for externally managed buffers\0unicode_prop_ops\0acos\0for await is only valid in asynchronous functions\0new.target only allowed within functions\0bytecode functions\0C functions\0proxy: inconsistent preventExtensions\0Script_Extensions\0atoms\0proxy: properties must be strings or symbols\0getOwnPropertySymbols\0resolve_labels\0JS_EvalThis\0n <= sl->n_strings\0module attribute values must be strings\0invalid descriptor flags\0invalid regular expression flags\0values\0setMinutes\0getMinutes\0setUTCMinutes\0getUTCMinutes\0too many captures\0  shapes\0getOwnPropertyNames\0gc_free_cycles\0unscopables\0add_eval_variables\0resolve_variables\0too many local variables\0too many closure variables\0compact_properties\0  properties\0defineProperties\0entries\0fromEntries\0species\0too many ranges\0includes\0hasIndices\0setMilliseconds\0getMilliseconds\0setUTCMilliseconds\0getUTCMilliseconds\0setSeconds\0getSeconds\0setUTCSeconds\0getUTCSeconds\0italics\0abs\0proxy: inconsistent has\0%.*s\0 (%s\0set %s\0get %s\0    at %s\0cannot read property of %s\0unsupported keyword: %s\0substr\0proxy: inconsistent getOwnPropertyDescriptor\0super() is only valid in a derived class constructor\0parent class must be constructor\0%s is not a constructor\0empty iterator\0cannot invoke a running iterator\0asyncIterator\0Array Iterator\0Set Iterator\0Map Iterator\0RegExp String Iterator\0not an Async-from-Sync Iterator\0cannot invoke a running generator\0not a generator\0AsyncGenerator\0syntax error\0isError\0floor\0fontcolor\0anchor\0for\0keyFor\0expecting surrogate pair\0tnvfr\0a declaration in the head of a for-%s loop can't have an initializer\0'arguments' identifier is not allowed in class field initializer\0invalid number of arguments for getter or setter\0invalid setter\0invalid getter\0unregister\0filter\0missing formal parameter\0"use strict" not allowed in function with default or destructuring parameter\0invalid character\0unexpected character\0Bad escaped character\0private class field forbidden after super\0Iterator Helper\0invalid redefinition of lexical identifier\0'let' is not a valid lexical identifier\0invalid redefinition of global identifier\0yield is a reserved identifier\0'%s' is a reserved identifier\0other\0atom1_is_integer && atom2_is_integer\0cannot convert to BigInt: not an integer\0isInteger\0isSafeInteger\0transfer\0invalid array buffer\0read after the end of the buffer\0JS_WriteSharedArrayBuffer\0detached called on SharedArrayBuffer\0cannot transfer a SharedArrayBuffer\0cannot use identical ArrayBuffer\0cannot convert bigint to number\0cannot convert symbol to number\0Unterminated fractional number\0Unexpected number\0.size is not a number\0Exponent part is missing a number\0columnNumber\0lineNumber\0js_closure_global_var\0js_closure_define_global_var\0js_global_object_get_uninitialized_var\0js_global_object_find_uninitialized_var\0malformed unicode char\0clear\0setYear\0getYear\0setFullYear\0getFullYear\0setUTCFullYear\0getUTCFullYear\0expecting '{' after \\q\0unexpected line terminator in regexp\0unexpected end of regexp\0RegExp\0sup\0invalid group\0drop\0pop\0continue must be inside loop\0num_keys_cmp\0map\0flatMap\0WeakMap\0expecting '{' after \\p\0log1p\0BigInt division by zero\0unknown\0hasOwn\0return\0promise self resolution\0out of memory in regexp execution\0description\0!m->eval_has_exception\0!module->eval_has_exception\0proxy: defineProperty exception\0js_async_generator_resolve_function\0js_create_function\0.keys is not a function\0.has is not a function\0set/add is not a function\0return not in a function\0argument must be a function\0AsyncGeneratorFunction\0AsyncFunction\0intersection\0js_inner_module_evaluation\0!m->async_evaluation\0module->async_evaluation\0await in default expression\0yield in default expression\0invalid character in class in regular expression\0invalid class set operation in regular expression\0invalid operation in regular expression\0invalid decimal escape in regular expression\0back reference out of range in regular expression\0invalid escape sequence in regular expression\0expected 'of' or 'in' in for control expression\0too complicated destructuring expression\0expected '}' after template expression\0toPrecision\0union\0asin\0join\0min\0copyWithin\0template literal cannot appear in an optional chain\0new keyword cannot be used with an optional chain\0circular prototype chain\0assign\0isFrozen\0(pos + len) <= bc_buf_len\0unexpected ellipsis token\0invalid unregister token\0then\0setter is forbidden\0null or undefined are forbidden\0atan\0nan\0not a boolean\0Boolean\0gc_scan\0bad normalization form\0JS_NewSymbolFromAtom\0from\0isDisjointFrom\0random\0trim\0m->cycle_root == m\0imul\0not a symbol\0Symbol\0RegExp exec method must return an object or null\0parent prototype must be an object or null\0Module compiled to null\0cannot set property '%s' of null\0cannot read property '%s' of null\0Null\0fill\0new ArrayBuffer is too small\0TypedArray length is too small\0call\0dotAll\0matchAll\0replaceAll\0ceil\0mp_shl\0update_label\0bc_buf[pos] == OP_label\0eval\0invalid bigint literal\0invalid number literal\0Bad control character in string literal\0malformed escape sequence in string literal\0JS_SetPropertyInternal\0JS_GetOwnPropertyNamesInternal\0__JS_EvalInternal\0toExponential\0seal\0global\0blink\0return in a static initializer block\0stack\0lre_exec_backtrack\0i\0setMonth\0getMonth\0setUTCMonth\0getUTCMonth\0invalid keyword: with\0startsWith\0endsWith\0prop == JS_ATOM_length\0invalid array length\0invalid array buffer max length\0invalid max array buffer length\0invalid array buffer length\0invalid string length\0invalid length\0invalid byteOffset or byteLength\0invalid byteLength\0maxByteLength\0transferToFixedLength\0Math\0push\0acosh\0JS_ResizeAtomHash\0asinh\0atanh\0break must be inside loop or switch\0match\0nip_catch\0search\0forEach\0log\0Array too long\0string too long\0Array loo long\0substring\0js_bigint_from_string\0cannot convert symbol to string\0unexpected end of string\0not a string\0toString\0toDateString\0toLocaleDateString\0toTimeString\0toLocaleTimeString\0toLocaleString\0toGMTString\0JSString\0toISOString\0toUTCString\0already running\0js_inner_module_linking\0duplicate import binding\0invalid import binding\0promise is pending\0big\0regexp must have the 'g' flag\0toStringTag\0of\0inf\0diff == (int8_t)diff\0diff == (int16_t)diff\0href\0deref\0gc_decref\0get_var_ref\0free_var_ref\0sf->var_refs[var_ref->var_ref_idx] == var_ref\0optimize_scope_make_ref\0HostRef\0WeakRef\0indexOf\0lastIndexOf\0isSupersetOf\0isSubsetOf\0valueOf\0setPrototypeOf\0getPrototypeOf\0isPrototypeOf\0fontsize\0resize\0binary_object_size\0str_size\0new_size <= sh->prop_size\0descr < rt->atom_size\0atom < rt->atom_size\0obj_size\0shape_size\0js_func_pc2line_size\0js_func_code_size\0memory_used_size\0js_func_size\0normalize\0cr_regexp_canonicalize\0freeze\0resolve\0.size must be positive\0toPrimitive\0var_ref->pvalue == pvalue\0unknown unicode property value\0rest element cannot have a default value\0invalid ret value\0__JS_AtomToValue\0isFinite\0delete\0contains unpaired surrogate\0create\0Number tag expected for date\0BigInt is too large to allocate\0setDate\0getDate\0setUTCDate\0getUTCDate\0Invalid Date\0reverse\0parse\0proxy preventExtensions handler returned false\0module namespace properties have writable = false\0Promise\0sumPrecise\0toLowerCase\0toLocaleLowerCase\0toUpperCase\0toLocaleUpperCase\0ignoreCase\0localeCompare\0proxy: inconsistent prototype\0proxy: bad prototype\0not a prototype\0invalid object type\0unescape\0Bad Unicode escape\0none\0rest element must be the last one\0multiline\0  pc2line\0async_func_resume\0some\0JS_FreeRuntime\0JSRuntime\0setTime\0getTime\0async_func_free_frame\0set_object_name\0expecting property name\0unknown unicode property name\0invalid property name\0duplicate __proto__ property name\0invalid redefinition of parameter name\0expecting group name\0duplicate group name\0invalid group name\0duplicate label name\0invalid first character of private name\0invalid lexical variable name\0invalid method name\0expecting field name\0invalid field name\0class statement requires a name\0fileName\0js_link_module\0js_evaluate_module\0Not a module\0module->cycle_root == module\0compile\0object is not extensible\0proxy: inconsistent isExtensible\0external array buffer is not resizable\0growable\0prototype is immutable\0cannot have setter/getter and value or writable\0abstract class not constructable\0property is not configurable\0value is not iterable\0propertyIsEnumerable\0missing initializer for const variable\0lexical variable\0invalid redefinition of a variable\0isConcatSpreadable\0revocable\0strike\0take\0BigInt is too large\0invalid class range\0message\0js_weakref_free\0invalid lvalue in strict mode\0invalid variable name in strict mode\0cannot delete a direct reference in strict mode\0octal escape sequences are not allowed in strict mode\0octal literals are deprecated in strict mode\0unicode\0  bytecode\0JSFunctionBytecode\0skip_dead_code\0invalid argument name in strict code\0invalid function name in strict code\0negated character class with strings in regular expression debugger eval code\0invalid redefinition of global identifier in module code\0import.meta only valid in module code\0fromCharCode\0invalid for in/of left hand-side\0invalid assignment left-hand side\0reduce\0source\0'this' can be initialized only once\0property constructor appears more than once\0invalid UTF-8 sequence\0Bad UTF-8 sequence\0difference\0symmetricDifference\0circular reference\0hasInstance\0slice\0splice\0race\0replace\0unexpected 'await' keyword\0unexpected 'yield' keyword\0map_decref_record\0iterator does not have a throw method\0object needs toISOString method\0throw is not a method\0'super' is only valid in a method\0fround\0f16round\0break/continue label not found\0out of bound\0find\0bind\0invalid index for append\0extraneous characters at the end\0unexpected data at the end\0unexpected end\0invalid increment/decrement operand\0invalid 'instanceof' right operand\0invalid 'in' operand\0trimEnd\0padEnd\0bold\0invalid array index: %lld\0gc_decref_child\0resolve_scope_private_field\0cannot delete a private class field\0expecting <brand> private field\0ArrayBuffer is detached or resized\0%s is not initialized\0fixed\0toFixed\0object references are not allowed\0set_object_name_computed\0getOrInsertComputed\0eval is not supported\0regexp not supported\0RegExp are not supported\0only value properties are supported\0toSorted\0interrupted\0!s->is_completed\0%s object expected\0identifier expected\0bytecode function expected\0string expected\0from clause expected\0function name expected\0variable name expected\0meta expected\0js_async_module_execution_rejected\0js_set_module_evaluated\0memory allocated\0memory used\0toReversed\0vd->is_captured\0.keys is undefined\0.has is undefined\0derived class constructor must return an object or undefined\0cannot set property '%s' of undefined\0cannot read property '%s' of undefined\0flags must be undefined\0Undefined\0private class field is already defined\0'%s' is not defined\0group name not defined\0isWellFormed\0toWellFormed\0allSettled\0js_async_module_execution_fulfilled\0cannot be called\0isSealed\0!sh->is_hashed\0!abuf->detached\0ArrayBuffer is detached\0js_array_toSpliced\0add\0%+07d\0%04d\0%02d%02d\0%02d/%02d/%0*d\0%.3s %.3s %02d %0*d\0:%d:%d\0invalid throw var type %d\0sc\0js_def_malloc\0trunc\0gc\0exec\0../../vendor/quickjs/quickjs.c\0../../vendor/quickjs/libregexp.c\0../../vendor/quickjs/libunicode.c\0../../vendor/quickjs/dtoa.c\0sub\0typed_array_is_oob\0dataview_is_oob\0promise_reaction_job\0js_promise_resolve_thenable_job\0rwa\0js_dtoa\0__lookupSetter__\0__defineSetter__\0__lookupGetter__\0__defineGetter__\0__proto__\0[Symbol.split]\0[Symbol.unscopables]\0[Symbol.species]\0[Symbol.iterator]\0[Symbol.asyncIterator]\0[Symbol.matchAll]\0[Symbol.match]\0[Symbol.search]\0[Symbol.toStringTag]\0[Symbol.toPrimitive]\0[unsupported type]\0[function bytecode]\0[Symbol.hasInstance]\0[Symbol.replace]\0[\0%02d:%02d:%02d.%03dZ\0POSITIVE_INFINITY\0NEGATIVE_INFINITY\0p->class_id == JS_CLASS_ARRAY\0p->class_id >= JS_CLASS_UINT8C_ARRAY\0p->class_id <= JS_CLASS_FLOAT64_ARRAY\0stack_len < POP_STACK_LEN_MAX\0p->class_id == JS_CLASS_DATAVIEW\0-%02d-%02dT\0JS_AtomGetStrRT\0opcode < REOP_COUNT\0JS_VALUE_GET_TAG(val) == JS_TAG_BIG_INT\0JS_VALUE_GET_TAG(func_ret) == JS_TAG_INT\0BYTES_PER_ELEMENT\0%02d:%02d:%02d GMT\0JS_VALUE_GET_TAG(sf->cur_func) == JS_TAG_OBJECT\0n_digits >= 1 && n_digits <= JS_DTOA_MAX_DIGITS\0n_digits >= 0 && n_digits <= JS_DTOA_MAX_DIGITS\0shift >= 1 && shift < LIMB_BITS\0var_kind == JS_VAR_PRIVATE_SETTER\0MAX_SAFE_INTEGER\0MIN_SAFE_INTEGER\0asUintN\0asIntN\0isNaN\0Date value is NaN\0toJSON\0EPSILON\0NAN\0%02d:%02d:%02d %cM\0PM\0AM\0stack_top == NULL\0s->label_slots[label].first_reloc == NULL\0label_slots[i].first_reloc == NULL\0prs != NULL\0sf->cur_sp != NULL\0sf != NULL\0var_kind != JS_VAR_NORMAL\0b->func_kind == JS_FUNC_NORMAL\0encodeURI\0decodeURI\0PI\0s->stack_len < JS_STRING_ROPE_MAX_DEPTH\0s->state == JS_ASYNC_GENERATOR_STATE_EXECUTING\0m1->status == JS_MODULE_STATUS_EVALUATING\0m1->status == JS_MODULE_STATUS_LINKING\0INF\0(prs->flags & JS_PROP_TMASK) == JS_PROP_VARREF\x000123456789ABCDEF\0SIZE\0MAX_VALUE\0MIN_VALUE\0NAME\0eval_type == JS_EVAL_TYPE_GLOBAL || eval_type == JS_EVAL_TYPE_MODULE\0p->gc_obj_type == JS_GC_OBJ_TYPE_JS_OBJECT || p->gc_obj_type == JS_GC_OBJ_TYPE_FUNCTION_BYTECODE || p->gc_obj_type == JS_GC_OBJ_TYPE_ASYNC_FUNCTION || p->gc_obj_type == JS_GC_OBJ_TYPE_MODULE\0LOG2E\0LOG10E\0s->state == JS_ASYNC_GENERATOR_STATE_AWAITING_RETURN || s->state == JS_ASYNC_GENERATOR_STATE_COMPLETED\0m->status == JS_MODULE_STATUS_UNLINKED || m->status == JS_MODULE_STATUS_LINKED || m->status == JS_MODULE_STATUS_EVALUATING_ASYNC || m->status == JS_MODULE_STATUS_EVALUATED\0m1->status == JS_MODULE_STATUS_EVALUATING || m1->status == JS_MODULE_STATUS_EVALUATING_ASYNC || m1->status == JS_MODULE_STATUS_EVALUATED\0m1->status == JS_MODULE_STATUS_LINKING || m1->status == JS_MODULE_STATUS_LINKED || m1->status == JS_MODULE_STATUS_EVALUATING_ASYNC || m1->status == JS_MODULE_STATUS_EVALUATED\0m->status == JS_MODULE_STATUS_LINKED\0m->status == JS_MODULE_STATUS_UNLINKED\0UTC\0m->status == JS_MODULE_STATUS_EVALUATING_ASYNC\0module->status == JS_MODULE_STATUS_EVALUATING_ASYNC\0<input>\0<set>\0<anonymous>\0<dump>\0<null>\0bigint operands are forbidden for >>>\0&quot;\0setUint8\0getUint8\0setInt8\0getInt8\0malformed UTF-8\0radix must be between 2 and 36\0setUint16\0getUint16\0setInt16\0getInt16\0setFloat16\0getFloat16\0argc == 5\0setBigUint64\0getBigUint64\0setBigInt64\0getBigInt64\0setFloat64\0getFloat64\0argc == 3\0atan2\0log2\0SQRT1_2\0SQRT2\0LN2\0clz32\0setUint32\0getUint32\0setInt32\0getInt32\0setFloat32\0getFloat32\0stack_len >= 2\0stack_size >= 2\0mod_count < 2\0p->hash < JS_ATOM_HASH_MASK - 2\0JS_AtomIsNumericIndex1\0unicode_sequence_prop1\0expm1\0js_bigint_to_string1\0js_bigint_normalize1\0ls->addr == -1\0p->weakref_count >= 1\0stack_len >= 1\0p->hash >= 1\0p->shape->header.ref_count == 1\0a->header.ref_count == 1\0stack_len == 1\0js_free_shape0\0log10\0LN10\0p->ref_count > 0\0var_ref->header.ref_count > 0\0m->pending_async_dependencies > 0\0stack_size > 0\0cpool_idx >= 0\0rt->atom_count >= 0\0ls->ref_count >= 0\0s->is_eval || s->closure_var_count == 0\0p->ref_count == 0\0ctx->header.ref_count == 0\0sh->header.ref_count == 0\0p->mark == 0\0(new_hash_size & (new_hash_size - 1)) == 0\0i != 0\0size != 0\0</\0missing binding pattern...\0bigint argument with unary +\0async function *\0
})\0invalid atom index (pos=%u)\0invalid tag (tag=%d pos=%u)\0invalid object reference (%u >= %u)\0list_empty(&rt->gc_obj_list)\0list_empty(&rt->weakref_list)\0j == (sh->prop_count - sh->deleted_prop_count)\0!__JS_AtomIsTaggedInt(descr)\0!atom_is_free(p)\0(null)\0JS_IsUndefined(val)\0 (native)\0js_class_has_bytecode(p->class_id)\0too many arguments in function call (only %d allowed)\0invalid version (%d expected=%d)\0nip_catch: no catch op (pc=%d)\0inconsistent catch position: %d %d (pc=%d)\0inconsistent stack size: %d %d (pc=%d)\0bytecode buffer overflow (op=%d, pc=%d)\0stack overflow (op=%d, pc=%d)\0stack underflow (op=%d, pc=%d)\0invalid opcode (op=%d, pc=%d)\0unsupported tag (%d)\0(?:)\0idx < countof(case_conv_table1)\0no function filename for import()\0-_.!~*'()\0 anonymous(\0Symbol(\x000123456789 -/(\0expecting '}'\0constructor requires 'new'\0class constructors must be invoked with 'new'\0expecting 'as'\0unexpected token in expression: '%.*s'\0unexpected token: '%.*s'\0redeclaration of '%s'\0duplicate exported name '%s'\0circular reference when looking for export '%s' in module '%s'\0Could not find export '%s' in module '%s'\0could not load module '%s'\0cannot define variable '%s'\0undefined private field '%s'\0unsupported reference to 'super'\0invalid use of 'super'\0'for await' loop should be used with 'of'\0'for of' expression cannot start with 'async'\0Unexpected token '%c'\0expecting '%c'\0duplicate modifier: '%c'\0unparenthesized unary expression can't appear on the left-hand side of '**'\0invalid use of 'import()'\0expecting %%\0;/?:@&=+$,#\0,-=<>#&!%:;@~'\`"\0="\0set \0get \0[object \0async function \0bound \0%.3s, %02d %.3s %0*d \0async \0: \0          \0
) {
\0
JSObject classes
\0%-20s %8s %8s
\0  %5d  %2.0d %s
\0  %3u + %-2u  %s
\0  malloc_usable_size unavailable
\0%-20s %8lld
\0%-20s %8lld %8lld
\0%-20s %8lld %8lld  (%0.1f per fast array)
\0%-20s %8lld %8lld  (%0.1f per object)
\0%-20s %8lld %8lld  (%0.1f per function)
\0%-20s %8lld %8lld  (%0.1f per atom)
\0%-20s %8lld %8lld  (%0.1f per block)
\0%-20s %8lld %8lld  (%d overhead, %0.1f average slack)
\0%-20s %8lld %8lld  (%0.1f per string)
\0%-20s %8lld %8lld  (%0.1f per shape)
\0QuickJS memory usage -- 2025-09-13 version, %d-bit, malloc limit: %lld

\0\xA7.\0\0\xC6\0\0\xD1F\0\0\xD1F\0\0\xA0\0A\xFC\xC0\v\r\xA1\0\0\0c\0\0\0d\0\0\0\xA2\0A\x94\xC1\vU\xA3\0\0\0e\0\0\0f\0\0\0\xA4\0\0\0e\0\0\0f\0\0\0\xA5\0\0\0e\0\0\0f\0\0\0\xA6\0\0\0e\0\0\0f\0\0\0\xA7\0\0\0c\0\0\0d\0\0\0\xA7\0\0\0g\0\0\0h\0\0\0\xAA\0\0\0e\0\0\0f\0\0\0\xA0\0A\xF4\xC1\v\xC5\xAB\0\0\0i\0\0\0j\0\0\0\xAB\0\0\0k\0\0\0l\0\0\0\xAB\0\0\0m\0\0\0n\0\0\0\xAB\0\0\0o\0\0\0p\0\0\0\xAC\0\0\0k\0\0\0l\0\0\0\xAD\0\0\0q\0\0\0r\0\0\0\xAE\0\0\0s\0\0\0\0\0\0\0\xAF\0\0\0t\0\0\0\0\0\0\0\xB0\0\0\0t\0\0\0\0\0\0\0\xB1\0\0\0u\0\0\0v\0\0\0\xB2\0\0\0u\0\0\0v\0\0\0\xB3\0\0\0u\0\0\0v\0\0\0\xB4\0\0\0u\0\0\0v\0\0\0\xB5\0\0\0u\0\0\0v\0\0\0\xB6\0\0\0u\0\0\0v\0\0\0\xB7\0\0\0u\0\0\0v\0\0\0\xB8\0\0\0u\0\0\0v\0\0\0\xB9\0\0\0u\0\0\0v\0\0\0\xBA\0\0\0u\0\0\0v\0\0\0\xBB\0\0\0u\0\0\0v\0\0\0\xBC\0\0\0u\0\0\0v\0\0\0\xBD\0\0\0u\0\0\0v\0\0\0\xBE\0\0\0e\0\0\0f\0\0\0\xC1\0\0\0w\0\0\0x\0\0\0\xC2\0\0\0w\0\0\0x\0\0\0\xC3\0\0\0w\0\0\0x\0\0\0\xC4\0\0\0w\0\0\0x\0\0\0\xC5\0A\xC4\xC4\vu\xC7\0\0\0y\0\0\0z\0\0\0\xC6\0\0\0{\0\0\0|\0\0\0\xC8\0\0\0}\0\0\0~\0\0\0\xC9\0\0\0\x7F\0\0\0\x80\0\0\0\xCA\0\0\0\x7F\0\0\0\x80\0\0\0\xCB\0\0\0\x81\0\0\0\x82\0\0\0\xCC\0\0\0\x81\0\0\0\x82\0\0\0\xCD\0\0\0\x83\0\0\0\x84\0\0\0\xCE\0\0\0\x85\0\0\0\x86\0\0\0\xA0\0\0\0\x87\0\0\0\x88\0A\xC8\xC5\v\x89\0A\xE8\xC5\v\r\x8A\0\0\0\0\0\0\0\x8B\0\0\0\x8C\0A\xA4\xC6\v\x8D\0A\xC0\xC6\v\xF4\x8E\0\0\0\x8F\0\0\0\x90\0\0\0\x91\0\0\0::\0\0\0\0\0*\0\0\0\0\0\xCD\0\x000\0\0\0z4\0\0\0\0\0'?\0\0X\0\0\0\xA0\0\0\0\x92\0\0\0\x93\0\0\0\x94\0\0\0\x95\0\0\0\x96\0\0\0\x97\0\0\0\x98\0\0\0\x99\0\0\0\x9A\0\0\0\x9B\0\0\0\x9C\0\0\0\x9D\0\0\0\x9E\0\0\0@u\0\0 v\0\0@w\0\0\xB0w\0\0\xF0w\0\0x\0\0\x07\0\0\xD0\0\0\0\x9F\0\0\0\xA0\0\0\0\xD1\0\0\0\xA1\0\0\0\xA2\0\0\0\xD2\0\0\0\xA1\0\0\0\xA2\0\0\0\xD3\0\0\0k\0\0\0l\0\0\0\xD4\0\0\0\xA3\0\0\0\xA4\0\0\0\xD5\0\0\0\xA3\0\0\0\xA4\0\0\0/\0\0\0\xA5\0\0\0\xA6\0\0\0\xD6\0\0\0k\0\0\0l\0\0\0\xD7\0\0\0\xA7\0\0\0\xA8\0\0\0\0\0\0\xBF\0\0\0\xA9\0\0\0\0\0\0\0\xC0\0\0\0\xAA\0\0\0\xAB\0\0\0null\0false\0true\0if\0else\0return\0var\0this\0delete\0void\0typeof\0new\0in\0instanceof\0do\0while\0for\0break\0continue\0switch\0case\0default\0throw\0try\0catch\0finally\0function\0debugger\0with\0class\0const\0enum\0export\0extends\0import\0super\0implements\0interface\0let\0package\0private\0protected\0public\0static\0yield\0await\0\0keys\0size\0length\0fileName\0lineNumber\0columnNumber\0message\0cause\0errors\0stack\0name\0toString\0toLocaleString\0valueOf\0eval\0prototype\0constructor\0configurable\0writable\0enumerable\0value\0get\0set\0of\0__proto__\0undefined\0number\0boolean\0string\0object\0symbol\0integer\0unknown\0arguments\0callee\0caller\0<eval>\0<ret>\0<var>\0<arg_var>\0<with>\0lastIndex\0target\0index\0input\0defineProperties\0apply\0join\0concat\0split\0construct\0getPrototypeOf\0setPrototypeOf\0isExtensible\0preventExtensions\0has\0deleteProperty\0defineProperty\0getOwnPropertyDescriptor\0ownKeys\0add\0done\0next\0values\0source\0flags\0global\0unicode\0raw\0new.target\0this.active_func\0<home_object>\0<computed_field>\0<static_computed_field>\0<class_fields_init>\0<brand>\0#constructor\0as\0from\0meta\0*default*\0*\0Module\0then\0resolve\0reject\0promise\0proxy\0revoke\0async\0exec\0groups\0indices\0status\0reason\0globalThis\0bigint\0-0\0Infinity\0-Infinity\0NaN\0hasIndices\0ignoreCase\0multiline\0dotAll\0sticky\0unicodeSets\0not-equal\0timed-out\0ok\0toJSON\0maxByteLength\0Object\0Array\0Error\0Number\0String\0Boolean\0Symbol\0Arguments\0Math\0JSON\0Date\0Function\0GeneratorFunction\0ForInIterator\0RegExp\0ArrayBuffer\0SharedArrayBuffer\0Uint8ClampedArray\0Int8Array\0Uint8Array\0Int16Array\0Uint16Array\0Int32Array\0Uint32Array\0BigInt64Array\0BigUint64Array\0Float16Array\0Float32Array\0Float64Array\0DataView\0BigInt\0WeakRef\0FinalizationRegistry\0Map\0Set\0WeakMap\0WeakSet\0Iterator\0Iterator Helper\0Iterator Concat\0Iterator Wrap\0Map Iterator\0Set Iterator\0Array Iterator\0String Iterator\0RegExp String Iterator\0Generator\0Proxy\0Promise\0PromiseResolveFunction\0PromiseRejectFunction\0AsyncFunction\0AsyncFunctionResolve\0AsyncFunctionReject\0AsyncGeneratorFunction\0AsyncGenerator\0EvalError\0RangeError\0ReferenceError\0SyntaxError\0TypeError\0URIError\0InternalError\0AggregateError\0<brand>\0Symbol.toPrimitive\0Symbol.iterator\0Symbol.match\0Symbol.matchAll\0Symbol.replace\0Symbol.search\0Symbol.split\0Symbol.toStringTag\0Symbol.isConcatSpreadable\0Symbol.hasInstance\0Symbol.species\0Symbol.unscopables\0Symbol.asyncIterator\0A\xC0\xDA\v\xA5\b\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0
\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\r\r\0\r\r\0\r\0\r
\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0
\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0
\0

\0
\0
\0\x07\0\x07\0\x07\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x07\0\0\x07\0\x07\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0
\0\0
\0\0\x07\0\x07\0\x07\0\x07\0\v\0\x1B\x07\0\x07\0\x07\0\x07\x07\x07\0\x07\0\0\0\0\0\0\0\0\0\0\0\0\0\0\v\0\b\0\b\0\0\0\x07\0\x07\x07\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0	\0	\0\0	\0\0\f\0\0\0\0\xAC\0\0\0\xAD\0\0\0\xAE\0A\xF0\xE2\vT\0\0\0
\0\0\0d\0\0\0\xE8\0\0'\0\0\xA0\x86\0@B\0\x80\x96\x98\0\0\xE1\xF5\0\xCA\x9A;\0\0\0\0\0\0\0\x000123456789abcdefghijklmnopqrstuvwxyz\0A\xD0\xE3\vSunMonTueWedThuFriSat\0A\xF0\xE3\v$JanFebMarAprMayJunJulAugSepOctNovDec\0A\xA0\xE4\v7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\r\0\x006\0:\0A\xE0\xE4\v\xBA\0\0\0\0\0\0\0\0\0\0\0\0\b\0\0\0\r\0\0\0\0\0\0"\0\0\x007\0\0\0Y\0\0\0\x90\0\0\0\xE9\0\0\0y\0\0b\0\0\xDB\0\0=\0\0
\0\0U\0\0m\0\0\xC2*\0\0/E\0\0\xF1o\0\0 \xB5\0\0%\x001\xDA\0B\xFF\0s\xD9\0\xB5\xD8\x07\0(\xB2\f\0\xDD\x8A\0=!\0\xE2\xC75\0\xE7W\0\xC9\xCC\x8C\0\xB0\xD1\xE3\0y\x9Ep)pT\xA2\xC5\xCB~m\x8D\xDE	8\f\xF8\xA5\x99\xD6\xDD\xA5\xCE)\x82?\xA5C7\0\0\0\0\0\0\0\0\0\xAF\0\0\0X9\0\0\0\0\0\0\0\0\xB0\0\0\0\xD29\0\0\0\0\0\0\0\0\xB1\0\0\0\xB7I\0\0\0\0\xB2\0\0\0\0\0\0\0Q\0\0\0\0Q\0\0\0\0\0\0\0\x97@\0\0\0\0\xB3\0\0\0\0\0\0\0g1\0\0\0R\0\0\0\0\0\0\0M9\0\0\0R\0\0\0\0\0\0\0\0:\0\0\0R\0\0\0\0\0\0\x0090\0\0\b\0R\0\0\0\0\0\0\0?\0\0\0R\0\0\0\0\0\0\0=\0\0\0R\0\0\0\0\0\0\0\xEE\0\0 \0R\0\0\0\0\0\0\0\x99 \0\0@\0R\0\0\0\0\0\0\0ZH\0\0\0\0\0\0\0\0P\0\0\0X<\0\0\0\0\0\0\0\0\xB4\0\0\0\0\0\0\0\0\0\0\0\xB5\0\0\04\0\0\0\0\0\0\0\0\0\xB6\0\0\0\x88J\0\0\0\0\0\0\0\0\xB7\0\0\0J\0\0\0\0\0\0\0\0\xB8\0\0\0\xF1I\0\0\0\0\0\0\0\0\xB9\0\0\0J\0\0\0\0\0\0\0\0\xBA\0\0\0\x93I\0\0\0\0\0\0\0\0\xBB\0\0\0\x95\0\0\0r\0\0\0\x96\0\0\0\x97\0\0\0\x98\0\0\0s\0\0\0\x9A\0\0\0\x99\0\0\0dgimsuvy\0\0\0\0\0\0\0\0\x8B\0\0\0\0\0\0\f\0\0\xBC\0\0\0"J\0\0\0\0\x9E"\0\0\0\0\0\0?M\0\0\b\0\0\xE0t\0\0\0\0\0\x978\0\0\0\0\0\0\0\0\xBD\0\0\0\xF5\0\0\0\0\0\0\0\0\xBE\0\0\0"J\0\0\0\0?M\0\0\0\0\0\0\xE8=\0\0\0\0\0\0\0\0\xBF\0\0\x008\0\0\0\0\0\0\xC0\0\0\0\xB7I\0\0\0\0\xB2\0\0\0\0\0\0\0\xC5\0\0\0\0\0\0\0\xC1\0\0\0K\0\0\0\0\0\0\0\xC2\0\0\0i\0\0\0F\0\0\0\xC3\0\0\0\\D\0\0\0G\0\0\0\xC3\0\0\0<!\0\0\0\0\0\0\0\xC4\0\0\0\xF57\0\0\0\0\0\0\0\xC5\0\0\0s(\0\0\0\0\0\0\0\0\xC6\0\0\07\0\0\0\0\xC7\0\0\0\0\0\0\0v3\0\0\0\0\0\0\0\xC8\0\0\0W\0\0\0\0\0\0\0\xC9\0\0\0-\x1B\0\0\0\0\0\0\0\0\xC9\0\0\0d \0\0\0\b\0\0\0\0\xC9\0\0\0\xC8I\0\0	\0\0d \0\0\xFF\xFF\xFF\xFF"J\0\0\0\0p)\0\0\0\0\0\0\xE4G\0\0\0\0\0\0\xC1\0\0\0<!\0\0\0\0\0\0\xC4\0\0\0\xF57\0\0\0\0\0\0\xC5\0\0\0s(\0\0\0\0\0\0\0\xC6\0\0\07\0\0\0\xC7\0\0\0\0\0\0\0v3\0\0\0\0\0\0\xC8\0\0\0\xF0.\0\0\0\0\0\0\0\0\xCA\0\0\0\v6\0\0\0\0\0\0\0\0\xCB\0\0\0\xFE5\0\0\0\0\0\0\0\0\xCC\0\0\x002+\0\0\0\0\0\0\0\0\xCD\0\0\0A\0\0\0\0\0\0\0\0\xCE\0\0\0#A\0\0\0\0\0\0\0\0\xCF\0\0\0d-\0\0\0\0\0\0\0\0\xD0\0\0\0W\0\0\0\0\0\0\0\xC9\0\0\0-\x1B\0\0	\0\0W\0\0\xFF\xFF\xFF\xFF\xC8I\0\0	\0\0W\0\0\xFF\xFF\xFF\xFFd \0\0\0	\0\0\0\0\xC9\0\0\0"J\0\0\0\0S\0\0\0\0\0\0\xC5\0\0\0\0\0\0\xC1\0\0\0K\0\0\0\0\0\0\xC2\0\0\0i\0\0\0J\0\0\0\xC3\0\0\0\\D\0\0\0K\0\0\0\xC3\0\0\0<!\0\0\0\0\0\0\xC4\0\0\0\xF57\0\0\0\0\0\0\xC5\0\0\0"J\0\0\0\0l)\0\0\0\0\0\0\xE4G\0\0\0\0\0\0\xC1\0\0\0<!\0\0\0\0\0\0\xC4\0\0\0\xF57\0\0\0\0\0\0\xC5\0\0\0"J\0\0\0\0O\0\0\0\0\0\0\x8B\0\0\0\0\0\0\f\0\0\xD1\0\0\0"J\0\0\0\0\x91"\0\0\0\0\0\0\x8B\0\0\0\0\0\f\0\0\xD1\0\0\0"J\0\0\0\0\x84"\0\0\0\0\0\0<7\0\0\0\0\0\0\0\xD2\0\0\0\x86\0\0\0\0\0\0\xD2\0\0\x0050\0\0\0\0\0\0\0\xD3\0\0\0QG\0\0\0\0\0\0\xD3\0\0\0\xB7\0\0\0\0\0\0\xD3\0\0\0m\0\0\0\0\0\0\0\0\xD4\0\0\0cA\0\0\0\0\0\0\0\0\xD5\0\0\x002\0\0\0\0\0\0\0\0\0\xD6\0\0\0\xB7I\0\0\0\0\xB2\0\0\0\0\0\0\0_.\0\0\0\0\0\0\0\0\xD7\0\0\0i3\0\0\0\0\0\0\0\0\xD8\0\0\0\xE6\0\0\0\0\0\0\0\0\xD9\0\0\0"J\0\0\0\0\xFE8\0\0\0\0\0\0"J\0\0\0\0$+\0\0\0\0\0\0\xDAI\0\0\0\0\0\0\0\0\0\xDA\0\0\0\x8B\0\0\0\0\0\0\0\xDB\0\0\0\xB8)\0\0\0\0\0\0\xDB\0\0\0g\0\0\0\0\0\0\xDB\0\0\0\x8B\0\0\0\0\0\0\0\xDC\0\0\0\xB8)\0\0\0\0\0\0\xDC\0\0\0g\0\0\0\0\0\0\xDC\0\0\0"J\0\0\0\0\x07#\0\0\0\0\0\0"J\0\0\0\0\r+\0A\xA4\xF3\v\v\0\0\0\0\0\0\0\0\0;\0\0\0;\0A\xC0\xF3\v\xB6\x1BGMT\0\0\0\0\0UTC\0\0\0\0\0UT\0\0\0\0\0\0Z\0\0\0\0\0\0\0EDT\0\0\0\xFFEST\0\0\0\xD4\xFECDT\0\0\0\xD4\xFECST\0\0\0\x98\xFEMDT\0\0\0\x98\xFEMST\0\0\0\\\xFEPDT\0\0\0\\\xFEPST\0\0\0 \xFEWET\0\0\0\0\0WEST\0\0<\0CET\0\0\0<\0CEST\0\0x\0EET\0\0\0x\0EEST\0\0\xB4\0v\0\0\0\0\0\0\0\0\0\xDD\0\0\0\x978\0\0\0\0\0\0\0\0\xDE\0\0\0\xF4R\0\0\0\0\0\x07\0\0\0\xDF\0\0\06\0\0\0\0\0\0\0\0\0\xE0\0\0\04\0\0\0\0\0\0\0\xE1\0\0\x007J\0\0\0\0\0\0\0\0\xE2\0\0\0\x8F4\0\0\0\0\0\0\0\xE1\0\0\0n4\0\0	\0\0\x8F4\0\0\xFF\xFF\xFF\xFF\x834\0\0\0#\0\0\0\0\xE1\0\0\04\0\0\0\0\0\0\0\xE1\0\0\0?4\0\0\0\0\0\0\0\xE1\0\0\0_4\0\0\x003\0\0\0\0\xE1\0\0\0,4\0\0\x001\0\0\0\0\xE1\0\0\0L4\0\0\x002\0\0\0\0\xE1\0\0\0\x80\0\0\0\0\0\0\0\0\0\xE3\0\0\0L:\0\0\0\0\0\0\0\0\0\xE0\0\0\0\x81(\0\0\0\0\0\0\xE4\0\0\0\x95(\0\0\0\0\0\0\0\xE4\0\0\0\xB0(\0\0\0\0\0\0\0\0\xE4\0\0\0\xBD1\0\0\0\0\0\0\0\xE4\0\0\0\xD21\0\0\0\0\0\0\0\xE4\0\0\0d8\0\0\0!\0\0\0\0\xE4\0\0\0w8\0\0\0 \0\0\0\0\xE4\0\0\0\xDC\0\0\x001\0\0\0\0\xE4\0\0\0\xF1\0\0\x000\0\0\0\0\xE4\0\0\0i\0\0\0A\0\0\0\0\xE4\0\0\0\x82\0\0\0@\0\0\0\0\xE4\0\0\0\xF5 \0\0\0Q\0\0\0\0\xE4\0\0\0!\0\0\0P\0\0\0\0\xE4\0\0\0\xB4 \0\0\0a\0\0\0\0\xE4\0\0\0\xD7 \0\0\0\`\0\0\0\0\xE4\0\0\0'\0\0\0q\0\0\0\0\xE4\0\0\0.\0\0\0p\0\0\0\0\xE4\0\0\0D:\0\0\0\0\0\0\0\0\xE5\0\0\0\xA4 \0\0\0q\0\0\xE6\0\0\0\xC4 \0\0\0p\0\0\xE6\0\0\0\xEA \0\0\0q\0\0\xE6\0\0\0\0!\0\0\0p\0\0\xE6\0\0\0^\0\0\0q\0\0\xE6\0\0\0t\0\0\0p\0\0\xE6\0\0\0\xD3\0\0\0q\0\0\xE6\0\0\0\xE5\0\0\0p\0\0\xE6\0\0\0\\8\0\0\x001\0\0\xE6\0\0\0l8\0\0\x000\0\0\xE6\0\0\0\xB41\0\0\x001\0\0\xE6\0\0\0\xC61\0\0\x000\0\0\xE6\0\0\0y(\0\0\0\0\0\0\0\0\xE7\0\0\0\x89(\0\0\x001\0\0\0\xE6\0\0\0\xA1(\0\0\x000\0\0\0\xE6\0\0\0=M\0\0\0\0\0\0\0\0\xE8\0\0\0\x98\x99\x9A\x9B\x9C\x9E\x9F\xA0\xAB\xAC\xAD\x9D\0\0\0\0##\0\0\0\0\0\0\0\0\xE9\0\0\04\0\0\0\0\0\0\0\0\0\xEA\0\0\0\xFE;\0\0\0\0%#\0\0\0\0\0\0&>\0\0\0\0_\`\0\0\0\0\0\0\xFE;\0\0
\0\0\xD8\0\0\0\0\0\0\0&>\0\0\0\0_\`\0\0\0\0\0\0\xFE;\0\0
\0\0\xD9\0\0\0\0\0\0\0&>\0\0\0\0_\`\0\0\0\0\0\0\xFE;\0\0
\0\0\xDA\0\0\0\0\0\0\0&>\0\0\0\0_\`\0\0\0\0\0\0\xFE;\0\0
\0\0\xDB\0\0\0\0\0\0\0&>\0\0\0\0_\`\0\0\0\0\0\0\xFE;\0\0
\0\0\xDC\0\0\0\0\0\0\0&>\0\0\0\0_\`\0\0\0\0\0\0\xFE;\0\0
\0\0\xDD\0\0\0\0\0\0\0&>\0\0\0\0_\`\0\0\0\0\0\0\xFE;\0\0
\0\0\xDE\0\0\0\0\0\0\0&>\0\0\0\0_\`\0\0\0\0\0\0\xFE;\0\0
\0\0\xDF\0\0\0\0\0\0\0&>\0\0\0\0_\`\0\0\0\0\0\0\0\0\0\0\0\0\0\0\xEB\0\0\0\xEB.\0\0\0\0\0\0\0\0\xEC\0\0\x0045\0\0\0\0\0\0\0\0\0\xED\0\0\0\xB7I\0\0\0\0\xB2\0\0\0\0\0\0\0\f\x1B\0\0\0\0\0\0\0\0\xEE\0\0\0\xEF1\0\0\0\0\0\0\0\0\xEF\0\0\0\xF8\0\0\0\0\0\0\0\0\xF0\0\0\0\xB1\0\0\0\0\0\0\0\xF1\0\0\0&:\0\0\0\0\0\0\xF1\0\0\0v3\0\0\0\0\0\0\xF1\0\0\0\`)\0\0\0\0\0\0\xF1\0\0\0L$\0\0\0\0\0\0\xF1\0\0\0\x90@\0\0\0\0\0\0\0\xF2\0\0\0A\0\0\0\0\0\0\xF2\0\0\0\xF3/\0\0\0\0\0\0\0\0\xF3\0\0\0rB\0\0\0\0\0\0\0\xF4\0\0\0\xB8\0\0\0\0\0\0\xF4\0\0\0J\0\0\0\0\0\0\xF4\0\0\0\xAA\0\0\0\0\0\0\xF4\0\0\0\xEA5\0\0\0\0\0\0\0\0\xF5\0\0\0\xF25\0\0\0\0\0\0\0\0\xF6\0\0\0\x90 \0\0\0\0\0\0\0\0\xF7\0\0\0o-\0\0\0\0\0\0\0\xF8\0\0\04\0\0\0\0\0\0\0\0\0\xF9\0\0\0_4\0\0\0\0\0\0\0\xF8\0\0\x002)\0\0\0\0\0\0\0\0\xFA\0\0\03\0\0\0\0\0\0\0\xFB\0\0\0O\0\0\0\0\0\0\0\xFA\0\0\0M\0\0\0\0\0\0\xFB\0\0\0\x8F8\0\0\0\0\0\0\0\0\0\xFC\0\0\0\xF9E\0\0\0\0\0\0\0\0\0\xFD\0\0\0X\0\0\0\0\0\0\0\0\xFE\0\0\0\xD8D\0\0\0\0\0\0\0\0\xFF\0\0\0VA\0\0\0\0\0\0\0\0\0\0\\A\0\0\0\0\0\0\0\0\0\xDAG\0\0\0\0\0\0\0\0\0\0x-\0\0\0\0\0\0\0\0\0\0d)\0\0\0\0\0\0\0\0\xE1\0\0\0\0\0\0\0\0\0\0W\0\0\0\0\0\0\x007\0\0\0\xC8I\0\0	\0\0W\0\0\xFF\xFF\xFF\xFF-\x1B\0\0\0\0\0\0\0\x007\0\0\0d \0\0\0\0\0\0\x007\0\0\0\xA2I\0\0\b\0\0\x80\x81\0\0\0\0\0\f\x1B\0\0\x07\v\0\0\0\0\0\0\0\0\0x-\0\0\x07\v\0\0\0\0\0\0\0\0\0d \0\0\x07\v\0\0\0\0\0\0\0\0\0\xF3/\0\0\x07\v\0\0\0\0\0\0\0\0\0rB\0\0\x07\v\0\0\0\0\0\0\0\0\0\xB8\0\0\x07\v\0\0\0\0\0\0\0\0\0J\0\0\x07\v\0\0\0\0\0\0\0\0\0\xAA\0\0\x07\v\0\0\0\0\0\0\0\0\0\xE1\0\0\x07\v\0\0\0\0\0\0\0\0\0d)\0\0\x07\v\0\0\0\0\0\0\0\0\0\x90 \0\0\x07\v\0\0\0\0\0\0\0\0\0-\x1B\0\0\x07\v\0\0\0\0\0\0\0\0\0\xF9E\0\0\x07\v\0\0\0\0\0\0\0\0\0\xD8D\0\0\x07\v\0\0\0\0\0\0\0\0\0\xDAG\0\0\x07\v\0\0\0\0\0\0\0\0\0W\0\0\x07\v\0\0\0\0\0\0\0\0\08\0\0\0\0\0\0\0\0\0\0-6\0\0\0\0\0\0\0\0\06\0\0\0\0\0\0\0\0\0\0(\0\0\0\0\0\0\0\x07\0\0S \0\0\0\0\0\0\0\0\b\0\0\xAB\0\0\0\0\0\0\0\0	\0\0\xB1\0\0\0\0\0\0\0\0
\0\x008\0\0\0\0\0\0\0\xC0\0\0\0-\x1B\0\0\0\0\0\0\0\v\0\0W\0\0\0\0\0\0\v\0\0d \0\0\0\0\0\0\v\0\0\x8D<\0\0\0\0\0\0\0\f\0\0Z\0\0\0\0\0\0\0\r\0\0\xB0!\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\xDF\0\0\0\0\0\0\0\0\0\0.\0\0\0\0\0\0\0\0\0\0b1\0\0\0\0\0\0\0\0\x0057\0\0\0\0\0\0\0\0\x91G\0\0\0\0\0\0\0\0\0	.\0\0\0\0\0\0\0\0l \0\0\0\0\0\0\0\0\0\0\xB1)\0\0\0\0\0\0\0\0\0\04\0\0\0\0\0\0\0\0\0\0\0_4\0\0\0\0\0\0\0\0\0\0\06\0\0\0\0\0\0\0\0\0\0\0\xE2\r\0\0\0\0\0\0\0\0\0\0<6\0\0\0\0\0\0\0\0\0\0e=\0\0\0\0\0\0\0\0\x1B\0\0\x89I\0\0\0\0\0\0\0\0xI\0\0\0\0\0\0\0\0\0VI\0\0\0\0\0\0\0\0gI\0\0\0\0\0\0\0\0\0EI\0\0\0\0\0\0\0\x0040\0\0\0\0\0\0\0\0 \0\0\xBB\0\0\0\0\0\0\0!\0\0wB\0\0\0\0\0\0\0\0"\0\04\0\0\0\0\0\0\0\0\0#\0\0sJ\0\0\0\0\0\0\0\0$\0\0<\0\0\0\0%\0\0\0\0\0\0\xCF'\0\0\0\0&\0\0\0\0\0\0\xC2'\0\0\0&\0\0\0\0\0\0\xF8\0\0\0\0\0\0\0\0\0'\0\0\xEB.\0\0\0\0\0\0\0\0(\0\0-)\0\0\0\0\0\0\0)\0\0L$\0\0\0\0\0\0)\0\0d)\0\0\0\0\0\0)\0\0\`)\0\0\0\0\0\0)\0\0\xF9=\0\0\0\b\0\0\0)\0\0\xB1\0\0\0\0\0\0*\0\0rB\0\0\0\0\0\0*\0\0v3\0\0\0\0\0\0*\0\0&:\0\0\0\x07\0\0\0*\0\0\x90@\0\0\0\0\0\0\0\0+\0\0\0\0\0\0\0\0\0\0\0,\0\0\xC8I\0\0\0\0\0\0\0\0\0\xDA\0\0\0"J\0\0\0\0-\0\0.\0\0\x8B\0\0\0\0\0\0\f\0\0/\0\0\xB8)\0\0\0\0\0\0\0\0\x000\0\0"J\0\0\0\0\xFF\0\0\0\0\0\0\x8B\0\0\0\0\0\0\f\0\x001\0\0\xB8)\0\0\0\0\0\f\0\x001\0\0"J\0\0\0\0 %\0\0\0\0\0\0\x8B\0\0\0\0\0\0\f\0\x002\0\0\xB8)\0\0\0\0\0\f\0\x002\0\0\x8B\0\0\0\0\0\0\f\0\x008\0\0\0"J\0\0\0\0u"\0\0\0\0\0\0\xF5\0\0\0\0\0\0\0\x003\0\0\xD6\0\0\0\0\0\0\0\x004\0\0%M\0\0\0\0\0\0\0\x005\0\0\xEC7\0\0\0\0\0\0\0\x006\0\x005N\0\0\0\0\0\0\x007\0\0:\0\0\0\0\0\x007\0\0+N\0\0\0\0\0\0\x008\0\0'\0\0\0\0\0\x008\0\0\xD29\0\0\0\0\0\0\0\x009\0\0\xBD9\0\0\0\0\0\0\0\0:\0\0S\0\0\0\0\0\0\0\0\0\0\0\xF0\x7F9M\0\0\0\0\0\0\0\0\0\0\0\xF8\x7F\xD1F\0\0\0\x07\0A\x80\x8F\ve"J\0\0\0\0g1\0\0\0\0\0\0\x850\0\0\0\0\0\0\0\0;\0\0ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@*_+-./\0A\xF0\x8F\v\x96\xF5\0\0	\0\0\xF5\0\0\0\0\0\0\xD6\0\0	\0\0\xD6\0\0\0\0\0\0%M\0\0\0\0\0\0\0\0<\0\0\xEC7\0\0\0\0\0\0\0\0=\0\0>&\0\0\0\0\0\0\0\0>\0\0H&\0\0\0\0\0\0\0\0?\0\x003O\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xEF\x7F=O\0\0\0\0\0\0\0\0\0\0\0\x009M\0\0\0\0\0\0\0\0\0\0\0\xF8\x7F\xC2J\0\0\0\0\0\0\0\0\0\0\0\xF0\xFF\xB0J\0\0\0\0\0\0\0\0\0\0\0\xF0\x7FDM\0\0\0\0\0\0\0\0\0\0\0\xB0<\xF4L\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF?CM\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF?\xC3T1\0\0\0\0\0\0\0\0@\0\0D\0\0\0\0\0\0\0\0A\0\0X-\0\0\0\0\0\0\0\0B\0\04\0\0\0\0\0\0\0C\0\0_4\0\0\0\0\0\0\0C\0\06\0\0\0\0\0\0\0\0\0D\0\04\0\0\0\0\0\0\0\0\0E\0\06\0\0\0\0\0\0\0\0\0F\0\0@@\0\0\0\0\0\0\0\0G\0\0\xB8\0\0\0\0\0\0\0\0H\0\0\xC6\0\0\0\0\0\0\0\0I\0\0\xAE2\0\0\0A\x90\x93\v\xF2\f\x1B\0\0\0\0\0\0J\0\0"\x1B\0\0\0\0\0\0\0\0K\0\0\x1B\x1B\0\0\0\0\0\0\0J\0\0\xF8\0\0\0\0\0\0\0\0L\0\0\x1B\0\0\0\0\0\0\0\0M\0\x007G\0\0\0\0\0\0\0\0\0N\0\0DG\0\0\0\0\0\0\0\0\0O\0\0\xEA5\0\0\0\0\0\0\0P\0\0\xF25\0\0\0\0\0\0P\0\0\x90 \0\0\0\0\0\0\0Q\0\0\xFF1\0\0\0\0\0\0Q\0\0\xF41\0\0\0\0\0\0Q\0\0_3\0\0\0\xE3\0\0\0R\0\0@0\0\0\0\xE4\0\0\0R\0\0o3\0\0\0\xE6\0\0\0R\0\0\0\0\0\0\0\0\0\0S\0\0\xB03\0\0\0\0\0\0\0\0T\0\0\x95!\0\0\0\0\0\0\0\0U\0\0VA\0\0\0\0\0\0\0\0V\0\0\xF1\0\0\0\0\0\0\0\0W\0\0hA\0\0\0\0\0\0\0X\0\0I0\0\0\0\0\0\0X\0\0DC\0\0\0\0\0\0Y\0\0\x84\0\0\0\0\0\0\0Y\0\0/\0\0\0\0\0\0\0Z\0\0<C\0\0\0\0\0\0\0Z\0\x007\0\0	\0\0<C\0\0\xFF\xFF\xFF\xFFz\0\0\0\0\0\0\0Z\0\0U\0\0	\0\0z\0\0\xFF\xFF\xFF\xFF4\0\0\0\0\0\0\0\0\0[\0\06\0\0\0\0\0\0\0\0\0[\0\09\0\0\0\0\0\0\0\\\0\0/9\0\0\0\0\0\0\0\0\\\0\09\0\0\0\0\0\0\0\\\0\0;9\0\0\0\0\0\0\0\0\\\0\0\xC8I\0\0\0\0\0\0\x007\0\0\0;#\0\0\0\0\0\0\0]\0\05\0\0\0\0\0\0\0]\0\0n1\0\0\0\0\0\0\0]\0\0KC\0\0\0\0\0\0\0]\0\0D\0\0\0\0\0\0\0]\0\x001#\0\0\0\0\0\0]\0\0J6\0\0\0\0\0\0]\0\0!\0\0\0\x07\0\0\0\0]\0\0o1\0\0\0\b\0\0\0]\0\0.0\0\0\0	\0\0\0\0]\0\0\xF2=\0\0\0
\0\0\0\0]\0\0\xDDH\0\0\0\v\0\0\0\0]\0\0\x1B)\0\0\0\f\0\0\0\0]\0\0CI\0\0\xFE;\0\05\0\0\0\0\0\0n1\0\0\0\0\0\x007I\0\0\0\0\0\0\xAD\0\0\0\0\0\0\xA0\0\x005#\0\0\xA0\0\07\0\0\xB21\0\0\0\0\0\0CI\0\0f5\0\0.0\0\0\0\0\0\0\xF2=\0\0\0\0\0\0\xDDH\0\0\0\0\0\0\x1B)\0A\x90\x9A\v\xAD\x8B\0\0\0\0\0\0\f\0\0^\0\0"J\0\0\0\0\xA5"\0\0\0\0\0\0\r3\0\0\b\0\0@\x8D\0\0.\0\0\0t-\0\0\0\0\0\0\0_\0\0\xF2\0\0\0\0\0\0_\0\0$!\0\0\0\0\0\0\0\`\0\0+#\0\0\0\0\0\0\0a\0\0T0\0\0\0\0\0\0\0b\0\0@B\0\0\0\0\0\0\0c\0\0S\0\0\0\0\0\0\0d\0\0\xC7\0\0\0\0\0\0\0e\0\0j-\0\0\0\0\0\0\0f\0\0\x98.\0\0\0\0\0\0\0g\0\0\x99T\0\0\0\0\0\x07\0\0h\0\0\xC8\0\0\0\0\0\0\0i\0\0)\0\0\0\0\0\0\0j\0\0~3\0\0\0\0\0\0\0k\0\0r\0\0\0\0\0\x07\0\0l\0\0k-\0\0\0\0\0\0\0m\0\0\x99.\0\0\0\0\0\0\0n\0\0QH\0\0\0\0\0\0\0o\0\0.\0\0\0\0\0\0\0p\0\03\0\0\0\0\0\0\0q\0\x0003\0\0\0\0\0\0\0r\0\x0063\0\0\0\0\0\0\0s\0\03\0\0\0\0\0\0\0t\0\0/3\0\0\0\0\0\0\0u\0\x0053\0\0\0\0\0\0\0v\0\0sU\0\0\0\0\0\0\0w\0\0\x8B)\0\0\0\0\0\0\0x\0\0\x9FT\0\0\0\0\0\0\0y\0\0;V\0\0\0\0\0\0\0z\0\0u\0\0\0\0\0\0\0{\0\0\xAB\0\0\0\0\0\0\0\0|\0\0\xFF.\0\0\0\0\0\0\0\0\0}\0\0=B\0\0\0\0\0\0\0~\0\x006B\0\0\0\0\0\0\0\x7F\0\0/\0\0\0\0\0\0\0\0\x80\0\0\xB6T\0\0\0\0\0\0\0\0\x81\0\09\0\0\0\0\0\0\0\0\x82\0\0"J\0\0\0\0\r3\0\0\0\0\0\0[P\0\0\0\0\0iW\x8B
\xBF@AV\0\0\0\0\0U\xB5\xBB\xB1k@\xB2T\0\0\0\0\0\xEF9\xFA\xFEB.\xE6?PP\0\0\0\0\0\xFE\x82+eG\xF7?VP\0\0\0\0\0\xE5&{\xCB\xDB??N\0\0\0\0\0-DT\xFB!	@\xA4T\0\0\0\0\0\xCD;\x7Ff\x9E\xA0\xE6?\xACT\0\0\0\0\0\xCD;\x7Ff\x9E\xA0\xF6?~\0\0\b\0\x000\x90\0\0\0\0\0\xBB\0\0\0\0\0\0\0\0\x83\0\0W\0\0\0\0\0\0\0\0\x84\0\0(\0\0\0\0\0\0\x07\0\0\0\0\0\0\0\0\0\0\x85\0\0K\0\0\0\0\0\0\0\0\x86\0\0\xB0!\0\0\0\0\0\0\0\0-6\0\0\0\0\0\0\0\0<!\0\0\0\0\0\0\0\0\x87\0\0\x8D<\0\0\0\0\0\0\f\0\0b\x1B\0\0\0\0\0\0\0\0\x88\0\0Z\0\0\0\0\0\0\r\0\0\xC5\0\0\0\0\0\0\0\0\x89\0\06\0\0\0\0\0\0\0\0\x8A\0\0"J\0\0\0\0~\0\0\0\0\0\0B#\0\0\0\0\0\0\0\0\x8B\0\0F#\0\0\0\0\0\0\0\0\x8C\0\0[7\0\0\0
\0\0\xE1\0\0\0\0\0\0\0^"\0\0\0
\0\0\xE2\0\0\0\0\0\0\0_3\0\0\0
\0\0\xE3\0\0\0\0\0\0\0@0\0\0\0
\0\0\xE4\0\0\0\0\0\0\0hA\0\0\0
\0\0\xE5\0\0\0\0\0\0\0o3\0\0\0
\0\0\xE6\0\0\0\0\0\0\0\0\0\0
\0\0\xE7\0\0\0\0\0\0\0(5\0\0\0
\0\0\xE8\0\0\0\0\0\0\0\xD5=\0\0\0
\0\0\xE9\0\0\0\0\0\0\0JA\0\0\0
\0\0\xEA\0\0\0\0\0\0\0x \0\0\0
\0\0\xEB\0\0\0\0\0\0\0\xCE\0\0\0
\0\0\xEC\0\0\0\0\0\0\0g"\0\0\0
\0\0\xED\0\0\0\0\0\0\04\0\0\0\0\0\0\0\0\0\x8D\0\06\0\0\0\0\0\0\0\0\0\x8E\0\x007J\0\0\0\0\0\0\0\0\x8E\0\0"J\0\0\0\x000/\0\0\0\0\0\0\xF9)\0\0\0\0\x8F\0\0\0\0\0\0\x8B\0\0\0\0\0\f\0\0\x90\0\0\xB8)\0\0\0\0\f\0\0\x90\0\0g\0\0\0\0\f\0\0\x90\0\0"J\0\0\0\0\f#\0\0\0\0\0\0"J\0\0\0\0+\0\0\0\0\0\0M\0\0\0\0\0\0\0\x91\0\0M\0\0\0\0\0\0\x91\0\04\0\0\0\0\0\0\0\0\0\x92\0\06\0\0\0\0\0\0\0\0\0\x93\0\0"J\0\0\0\0\xEE\0\0\0\0\0\0\xB0\0\0\0\0\0\0\0\0\x94\0\0\xB7I\0\0\0\0\xB2\0\0\0\0\0\0\0\xDE2\0\0\0\x95\0\0\0\0\0\0\xE92\0\0\0\x96\0\0\0\0\0\0\xB7<\0\0\0\x97\0\0\0\0\0\0\xC8G\0\0\0\0\x98\0\0\0\0\0\0S6\0\0\0\0\0\0\x99\0\0VA\0\0\0\0\0\0\x9A\0\0V&\0\0\0\0\0\0\0\0\x9B\0\0\xF72\0\0\0\0\0\0\0\x9B\0\0"J\0\0\0\0\r'\0\0\0\0\0\0\xB7I\0\0\0\0\xB2\0\0\0\0\0\0\0\xDE2\0\0\0\x95\0\0\0\0\0\0\xE92\0\0\0\x96\0\0\0\0\0\0\xC1<\0\0\0\x97\0\0\0\0\0\0m\0\0\0\0\0\0\x99\0\0VA\0\0\0\0\0\0\x9A\0\0"J\0\0\0\0\xE6&\0\0\0\0\0\0\xEB.\0\0\0\0\0\0\0\0\x9C\0\x0045\0\0\0\0\0\0\0\0\0\x9D\0\0\xB7I\0\0\0\0\xB2\0\0\0\0\0\0\0\xAE2\0\0\0\0\x9E\0\0\0\0\0\0\f\x1B\0\0\0\0\0\0\0\0\x9F\0\0\xEF1\0\0\0\0\0\0\0\0\xA0\0\0\x8E&\0\0\0\0\xA1\0\0\0\0\0\0\xDE2\0\0\0\0\xA2\0\0\0\0\0\0u\0\0\0\0\xA3\0\0\0\0\0\0\xC5\0\0\0\0\0\0\0\0\xA4\0\0W\0\0\0\0\0\0\0\xA5\0\0\xC8I\0\0	\0\0W\0\0\xFF\xFF\xFF\xFF-\x1B\0\0\0\0\0\0\0\0\xA5\0\0d \0\0\0\0\0\0\0\xA5\0\0"J\0\0\0\0\xA6\0\0\0\0\0\0x-\0\0\0\0\0\0\0\0\xA7\0\0\xB1\0\0\0\b\0\0\0\xF1\0\0\0&:\0\0\0	\0\0\0\xF1\0\0\0v3\0\0\0
\0\0\0\xF1\0\0\0\`)\0\0\0\v\0\0\0\xF1\0\0\0L$\0\0\0\f\0\0\0\xF1\0\0\0\x90@\0\0\0\b\0\0\0\xF2\0\0\0A\0\0\0	\0\0\0\xF2\0\0\0\xF3/\0\0\0\0\0\0\0\0\xA8\0\0rB\0\0\0\0\0\0\0\xA9\0\0\xB8\0\0\0\0\0\0\xA9\0\0J\0\0\0\0\0\0\xA9\0\0\xAA\0\0\0\0\0\0\xA9\0\0\x8F8\0\0\0\0\0\0\0\0\0\xAA\0\0\xF9E\0\0\0\0\0\0\0\0\0\xAB\0\0VA\0\0\0\0\0\0\0\0\xAC\0\0Q\0\0\0\0\0\0\0\0\xAD\0\0X\0\0\0\0\0\0\0\0\xAE\0\0\xD8D\0\0\0\0\0\0\0\0\xAF\0\0o-\0\0\0\0\0\0\0\xB0\0\0_4\0\0\0\0\0\0\0\xB0\0\0\xEA5\0\0\0\0\0\0\0\xB1\0\0\xF25\0\0\0\0\0\0\xB1\0\0\x90 \0\0\0\xFF\xFF\0\0\xB1\0\0\xFDK\0\0\0\0\0\0\0\0\0\0\0\0\xFDK\0\0\0\0\0\0\0\0\0\0\0\0\xFDK\0\0\0\0\0\0\0\0\0\0\0\0\xFDK\0\0\0\0\0\b\0\0\0\0\0\0\0\x8E&\0\0\0\0\xB2\0\0\0\0\0\0\xDE2\0\0\0\0\xB3\0\0\0\0\0\0u\0\0\0\0\xB4\0\0\0\0\0\0\xCAS\0\0\0\0\0\0\xB5\0\0\xB9S\0\0\0\0\0\0\xB5\0\0T\0\0\0\0\0\0\xB5\0\0\vT\0\0\0\0\0\0\xB5\0\0\xD9T\0\0\0\0\0\0\xB5\0\0\xC6T\0\0\0\x1B\0\0\0\xB5\0\0mT\0\0\0\0\0\0\xB5\0\0TT\0\0\0\0\0\0\xB5\0\x002T\0\0\0\0\0\0\xB5\0\0\xEDT\0\0\0\0\0\0\xB5\0\0\x84T\0\0\0 \0\0\0\xB5\0\0\xC2S\0\0\0\0\0\0\xB6\0\0\xB0S\0\0\0\0\0\0\xB6\0\0T\0\0\0\0\0\0\xB6\0\0T\0\0\0\0\0\0\xB6\0\0\xD0T\0\0\0\0\0\0\xB6\0\0\xBCT\0\0\0\x1B\0\0\0\xB6\0\0aT\0\0\0\0\0\0\xB6\0\0GT\0\0\0\0\0\0\xB6\0\0'T\0\0\0\0\0\0\xB6\0\0\xE2T\0\0\0\0\0\0\xB6\0\0yT\0\0\0 \0\0\0\xB6\0\0"J\0\0\0\0\xBD\0\0\0\0\0\0k5\0\0\0\0\0\0\0\0\0\xB7\0\0"J\0\0\0\0\xE25\0\0\0\0\0\0C$\0\0\0\0\0\0\0\0\xB8\0\0A$\0\0\0\0\0\0\0\0\xB9\0\0"J\0\0\0\0\\\0\0\0\0\0\0\0\x008\0\0\0(\0\0\0(\0A\xD4\xB1\v \0\0\x000\0A\xF0\xB1\v\x96\0\0 \0\0\0\0\0\0\0\xF6\xFF\x07\0\0\0\0\0\xF6\xFF\xF7\xFF\0\0\0\0\xF6\xFF\xF7\x7F\0\0\0\0\xF6\xFF\xFF\xFF^\0\0\xD5W\0\0\xFE]\0\0\xCFW\0\0\xBA\0\0\xBB\0\0\xBA\0\0\xBC\0\0\xBD\0\0\xBE\0\0\xBF\0\0\xC0\0\0\xC1\0\0\xC2\0\0\xC3\0\0\xC4\0\0\xC5\0\0\xC6\0\0\xC5\0\0\xC7\0\0\xC8\0\0\xC9\0\0\xCA\0\0\xCB\0\0\xCC\0\0\xCD\0\0\xCE\0\0\xCF\0A\x90\xB3\v#6#\r\r\r\r\r\r\r\f\f\f\f\f\f\f\f\0A\xC0\xB3\v#@P 71-(&%#"! \x1B\x1B\x1B\f\0A\xF0\xB3\v# \r\f\v

		\b\b\b\b\b\x07\x07\x07\x07\x07\x07\x07\0A\xA4\xB4\v\xD1\x91\x1B\xD4\xCF\0\0\0\0\x95s\xC2H\0\xBF\x81\x97\x9C\xDBu\0\0\0@\x91\x1B\xD4\xCF\0\xCA\x9A;+m\x8B\x8C\0\0\xA1!\x9F0\0\xC1\xF6W\x81\x9B\xC2\x98\0\0\0\0qEu\x80\xBC}\${fG5\0@KLnZk\x80\xE1\xAC\x94g\x83\xF1\xCA\0\0d\vQJ\x8D@\xAEiI\x91\0\xB9\x99Ht#@\xA8s+A;\xE64\0\0\0@\xC1<\xFAL@\xD8\\\xB5\x91m\0\xBF\x81\0\0\0\0\0\x87\0\xBA\x8DmVD5)\r\x07\0\xFB\0\xF6\0\xF2\0\xED\0\xEA\0\xE6\0\xE3\0\xE0\0\xDD\0\xDA\0\xD8\0\xD6\0\xD3\0\xD1\0\xCF\0\xCD\0\xCB\0\xCA\0\xC8\0\xC7\0A\x80\xB6\vF\xCD\xFBY\xFD\xE6\xFD1\xFE\`\xFE\x81\xFE\x99\xFE\xAC\xFE\xBC\xFE\xC9\xFE\xD4\xFE\xDD\xFE\xE5\xFE\xEC\xFE\xF3\xFE\xF9\xFE\xFE\xFE\xFF\x07\xFF\v\xFF\xFF\xFF\xFF\xFF\x1B\xFF\xFF \xFF"\xFF$\xFF'\xFF)\xFF*\xFF,\xFF.\xFF0\xFF\0A\xD4\xB6\v\xA1\x9D\x84\xA1\0\0\0\0\0\xD2@n\0\xC9\bc\0e0[\0\0\0\0\0N\xC2P\0MM\0'\0J\0\xCEhG\0T.E\0\0=C\0w\x86A\0\0\0\0\0k\xA1>\0Zd=\0\xC2C<\0\x9A;;\0\x99H:\0\vh9\0\xB3\x978\0\xAF\xD57\0i 7\0\x86v6\0\xDF\xD65\0r@5\0a\xB24\0\xEA+4\0b\xAC3\0\0\0\0\0\xD9\xBF2\0\xDDQ2\0\xD6\xE81\0e\x841\0\0\0\0\0\0\0\0\0\0\0}\0\0\0q\0\x005\f\0\0	=\0\0-1\0\xE1\xF5\0e\xCD\0\xF9\x95\0\xDD\xE9QJ\x8D\x95s\xC2H\xE9A\xCCk\x8DI\xFD\xC1o\xF2\x86\xC5.\xBC\xA2\x07#\xB1\0\0\0\0\0\0\0\0\x99\x99\x99\x99z\xAEG/\xDD$\xB1.n\xA3\x8EX\x8BO\vzo\f\xAB)\x7F\xAD#\xEE\x98W\x82\xBE\xE0\x9D\xFD\xCD\xB7\xFE\xD7_\x98y\x84&\\\xC2p\x9C\0\0\x80\xD1\0\0\x80\x9C\0\0\x000\0:\0A\x80\xB9\v\x000\0:\0A\0[\0_\0\`\0a\0{\0A\xA0\xB9\v\xF2\r



\0\0\x000\x9A \0\0\x9A0\0s\x81Z\x000\`\x000\x07l\0\xB3\x81o\0\0p\0\0\x07|\0\0\x81\x7F\0@0\x80\0\xC3\x98\0\x90\x81\x98\0@\x99\0@\x90\x9C\0\xB4\x81\xA4\0@.\xA5\x000\xBC\0@\x86\xBC\0p\x81\xBF\0\0\xC0\x000\x81\xC0\0@\xC1\x000\xC3\0@\x82\xC3\x000\x82\xC4\0@\x82\xC5\x000\xC7\x000\x81\xC7\x000\xC8\0@\x82\xC8\x000\x81\xC9\x000\xCA\0\0\x81\xCA\x000\xCB\x000\x81\xCB\0@\xCC\0\0\xCD\0\x81\xCD\x000\xCE\x000\x81\xCE\0\0\xCF\x000\x81\xCF\0@\xD0\x000\xD3\0@\x82\xD3\x000\x81\xD4\0@\xD6\x000\xD7\0@\x82\xD7\x000\x82\xD8\0@\x84\xD9\x000\x81\xDB\0@\xDC\0@\xDE\0\0\x81\xDF\0P\xE2\0P\x83\xE3\0P\xE5\0@\x90\xE6\0\0\x81\xEE\0@\xEF\0\xB4\xF8\0P\x83\xF8\0@\xFA\x000\xFB\x000\x81\xFB\0@(\xFC\x000@1@\x820\x811\x82@\x82 0\x81!0"0\x81"@
#(\x81()\0\x81)\0*\0+\0\x81,\0\x81-.\00\x810\0\x8112\x8123\04\0\x8145\x8156\0\x817\x818\09\0\x81:\x81>\0@A\0\x81A\x81C\0D\0\x81D\0E\0F\0I\x81NOs\x81\xA2@\xB8@\xBB\0\x83\xBD0\x81\xBF0\xC30\xC40\xC60\xC7\xD0\xC80\x91\xC80\x89\xD1\0\xD6\0\x83\xD6\xD3\xD8\0\x91\xD8s\xE1\0\x89\xE1\0\xE6\0\x82\xE60\x81\xE7s\xE8s\x81\xE8s\x81\xEAs\xEB\0\x81\xEB@\xECs\xF8s\x81\xF8\0\xF9\0\x81\xF9\xA0\xFAs\x81\xFA@\x82\xFB0\x81\xFC@\xFD0\x83\xFE0\00 \b\0 \0(@"0@6E0\`@\x8E\`\0\x81g@\`h0\xA6\x98\0\xA6\xB0\xB5\x81\xC31&P\b1\x81c\b1\x81f\b\0+h\b\0\x83~\bP\xD0	\xF8	 \xFC	t@t\x81@tAt\x81AtBt\x81BtC\x80\x81C\x80D@\x82D0+H0\x83^\x81\xBC\x81\xBE\xC7@~\0@?\xB5K\xB6\x81K\xB6L\xB6\x81L\xB7M\x80\x81M0O@\`P\0\b\x800\b\x84\0\x880\x8C\0\b\x900\b\x94\0\b\x980\b\x9C\0\xA00\xA4\xB0\xA8\0\x81\xA8\xD3\xA9\0\x81\xA9\xD3\xAA\0\x81\xAA\xD3\xAB\0\x81\xAB0\x81\xAC0\x81\xAD0\x81\xAE0\x81\xAF\0\b\xB00\b\xB4\0\xB8\0\xB9\xBB\xBC\xBD\xBE\xB7\b\xC0g\b\xC4\xB8\b\xC8h\b\xCC\xB8\b\xD0h\b\xD4\0\xD8\xB9\xD9\xB1\x81\xD9\xB9\xDA\xB1\xDB\xD7\x81\xDB0\xDC0\xDDa\xDEs\xDF\xB9\xE1\xB2\x81\xE1\xBA\xE2\xB2\xE3\xD8\x81\xE30\xE4b\xE6\xE8\xD0\xE9\xD0\x81\xE9\xB0\xEB\xD0\x81\xEB0\xEC0\xED\xF0\xD3\xF1\xD3\x81\xF1\xBA\xF2\x81\xF2\xB0\xF3\xD3\x81\xF31\xF40\xF51\xF6\xBA\xF9\xB2\x81\xF9\xBB\xFA\xB2\xFB\xD9\x81\xFB0\xFC0\xFDb\xFE\xA0\x93\xA0\x95\xA0\x81\x951\x99\xA71\xB0\xB8@\x82\xC11[h10\00@0010\x81102\0\x812\03@\x8630\x816070\x81708@9@\x82:0?@d@@\x84u@y\0&\x80\0\x81\x93\0\x81\x96@. S@@S@\x91S@>\x99S@\x84\xBCS0\x81\xBES@
\xBFS@\x82\xC5S0\x81\xC6S@\xC8S\xCAS@\xCBS0\xD5S0\x81\xD5S0\xD6S0\x81\xD6S0\xD7S0\xD8S0\x81\xD8S0\xD9S1\x81\xD9S@\xDAS1\xE2S0\x81\xE2S0\xE3S@\x84\xE3S0\x81\xE5S@\xE6S0\xEES@\x82\xFAS\x81\xA9U P\xB8U\xB2\x80}\xB2\x81\x80}\xB2\x81}\xDA\x81\x81}\xDA\x82}\xB3\x81\x82}\xB3\x83}\xBB\x81\x89}\xBB\x8A}\xBB\x81\x8A}\xBC\x8B}\xBB\x81\x8B}1\x9A\x90\x7F\x9A\xA0\x7F1(\0\x82(\x821$X\x82$l\x821\v\xB8\x821\xBE\x821\x07\xC6\x821\xCA\x82\x8B\xCB\x82\x8F\xD1\x82\x87\xD9\x82\x82\xDD\x8213@\x863\`\x861\xA8\x86\xB8\x861 P\x8C \`\x8C1  \xB7 0\xB71P\xB7\x99]\xB71"\x80\xF4"\x91\xF4\0\0\0\0\0\0\0\0@\xA9\x80\x8E\x80\xFC\x80\xD3\x80\x9B\x81\x8D\x80\xE1\x80\x91\x85\x9A\0\b\b0\b 1\x991\x9D\x84@\x94\x80\xD6\x82\xA6\x80Ab\x80\xA6\x80Kr\x80L\xF8\x80\x8F\x80\xB0@\xDB\b\x80A\xD0\x80\x8C\x80\x8F\x8C\xE4\x89\0(\v$K&\x86\xE5\x80\`y\xB6\x81@\x91\x81\xBD\x88\x94\x80\x98\x80\xC0\x82C4\xA2\x80\x8D\`\\\xA9\x80\x88\`\xCCD\xD4\x80\xC6\b	\v\x80\x8B\0\x80\xC0\x80\x9B\0\x80AS\x81\x98\x80\x98\x80\x9E\x80\x98\x80\x9E\x80\x98\x80\x9E\x80\x98\x80\x9E\x80\x98\x07G3\x89\x80\x93-A\xBDP\xC1\x99\x85\x99\x85\x99\0\0\xB9\x80\xA0@\x9E\xA6@U\xD4!\xD7!\x8A\xF1\0A\xA0\xC7\v\x91\xA6\x80\x8A\x80\xA2\0\x80\xC6\0\x81A\xF6@\xBF\x88\b\x80@\xFA\x86@\xCE\x80\xB0\xAC\0\0\xAB\x80\x8A\x85\x89\x8A\0\xA2\x80\x89\x94\x8F\x80\xE48\x89\xA0\0\x80\x9D\x9A\xDA\x8A\xB9\x8A\b\x97\x97\xAA\x82\xAB\f\x88\xA8\xB9\xB6\0;\x86\x89\x81\x8C\x80\x8E\x80\xB9\x80\x93\x81\x99\x81\xB8\v	\x80\x9D
\x80\x8A\x81\xB8 \v\x80\x93\x81\x95(\x80\xB9\0\x81\x8A\x81\x9D\x80\xBC\x80\x8B\x80\xB1\x80\xB6\0\x81\x8A\x81\x9C\x80\xB9\x81\x93\x81\x9B\x81\xB8\v\x80\x93\x81\x9C\x80\xC7\x80\xD9\x86\x8A\x88\xE1\x88\x88\0\x86\xC8\x81\x9A\0\0\x80\xB6\x8D\x84\x8A\x80\xA3\x88\x80\xE5(	\x81\x98\v\x82\x8F\x83\x8C\r\x80\x8E\x80\xDD\x80B_\x82C\xB1\x82\x9C\x81\x9D\x81\x9D\x81\xBF\b7\x8A \xAC\x84\xB2\x80\xC0\x81\xA1\x80\xF5\x81\x88\x82@\xDA	\x80\xB9\x000\0=\x89\b\xA6\x07\xAD\x81\x8B\x93\x83\xAF\0 \x80\xA7\x88\x8B\x81\x9F\b\x82\xB7\0
\0\x82\xB99\x81\xBF\x85\xD1\x8C(\xB1\xBE\x8C\x80\xA1\xE4A\xBC\0\x82\x8A\x82\x8C\x82\x8C\x82\x8C\x81\x8B'\x81\x89\x84\xB0 \x89\0\x8C\x80\x8F\x8C\xB2\xA0K\x8A\x81\xF0\x82\xFC\x80\x8E\x80\xDF\x9F\xAE\x80A\xD4\x80\xA3$\x80\xDC\x85\xDC\x82\`o\x80D\xE1\x85A\r\x80\xE1\x89\0\x9B\x83\xCF\x81\x8D\xA1\xCD\x80\x96\x82\xE5\x80\x98\f\x80@\x96\x81\x99\x91\x8C\x80\xA5\x87\x98\x8A\xAD\x82\xAF\x81\x90\x80\x94\x81\xC1)	\x81\x8B\x07\x80\xA2\x80\x8A\x80\xB2\0\f\b\x80\x9A\x80\x8D\f\b\x80\xE3\x84\x88\x82\xF8\x80\`O/\x80@\x92\x90B<\x8F\x8B\x8F\xA1\x80@\xA8\x80\x8A\x80\xA2\0\x80\xAE\x80\xAC\x81\xC2\x80\x94\x82B\0\x80@\xE1\x80@\x94\x84D(\xA9\x80\x88BE\f\x83\xA7\x80@\xA4\x81B<\x83\xA5\x80\x99 \x80A:\x81\x97\x80\xB3\x85\xC5\x8A\xB0\x83\xFA\x80\xB5\x8E\xA8\x81\x89\x82\xB0	\x80\x89\x80\xB1\x82\xA3 \x87\xBD\x80\x8B\x81\xB3\x88\x89\x80\xDE\0\r\x80@\x9C\x87\x94\x81\xB8
\x80\xA42\x84\xC5\x85\x8C\0\0\x80\x8D\x81\xD49\x80\x96\x80\xD3(\b\x81@\xED\b\x81\x9A\x81\xD49\0\x81\xE9\0(\x80\xE4\0\x84A\x88@\xFF\b\x80@\x8F\v\x80\x9F\x89\xA7)\x80\x88)\x82\xAD\x8C@\xC5\0\x80@\xC80(\x80\xD1\x95\xF9*\0\b0\x80\xC7
\0\x80\xC0\x80A\x81\x8A\x81\xB3$\0\x80\x96\x80T\xD4\x90\x85\x8E\`,\xC7\x8BI\xBF\x84\xBA\x86\x88\x83A\xFB\x82\xA7\x81A\xE1\x80\xBE\x90\xBF\b\x81\x8C\x81\`?\xFB0\x81L\x9D\b\x83R[\xAD\x81\x96B\x82\x88\x8F\x9D\x83@\x93\x82G\xBA\xB6\x83\xB18\x8D\x80\x95 \x8EEO0\x90\x84\xBD\xA0\x80@\x9F\x8DAo\x80\xBC\x83A\xFA\x84@\xFD\x81@\xF2\f\x80\x88\x80A\xCF\x86\xEC\x87J\xAE\x84l\f\0\x80\x9D\xDF\xFF@\xEF\0A\xC0\xCD\v\x84\xBE\0\xFE\x07\0R
\xA0\xC1\v\0\x82\r\0?\x80\xD4@\xDE \xE9\0r \0\xA0@\xC6\xA8@\xC2\xAA\xA00\xFE\0\xB1\x07AQ\xD0_Da\xA8*aa\xFF\xAF\xE0a\0\xE7\xF0\0\0\0\0\0\xC0\x99\x85\x99\xAE\x80\x89\x96\x80\x9E\x80A\xC9\x83\x8B\x8D&\0\x80@\x80 	\0\0\x93\x80\xD2\x80@\x8A\x87@\xA5\x80\xA5\b\x85\xA8\xC6\x9A\x1B\xAC\xAA\xA2\b\xE2\0\x8E\x81\x89\x80\x8F\0\x9D\x9C\xD8\x8A\x80\x97\xA0\x88\v\x95\x88\x80\x96\x98\x86\x8A\x84\x97\x8F\xA9\xB9\xB5\x91\x89\x8E\x8F	\x81\x95\0\x8F\x80\x8C\b\x82\x8D\x81\x89\x07+	\x95\x9E\x80\x92\x82\x8F\x88\x80\x95\x91\x80\x8E\x81\x96\x80\x8A9	\x95\x9D\b\x82\x8E\x80\x90\0*\b\0

\x8B\x95\x80\xB38\x96\x80\x8F\x99	\x81\x9D8\x96\x80\x89\x9D\x81\x8E\x81\x90\x88\x80\xA8\b\x8F\x82\x97,\x91\x82\x97\x80\x88\0\xB9\xAF\x8B\x86\xB9\b\0 \x97\0\x80\x89\x88 \x80\x94\x83\x9F\x80\xBE8\xA3\x9A\x84\xF2\xAA\x93\x80\x8F+\x8C\x8B\x80\x90\xA5\0 \x81\xAA\x80AL\0\x81\xA8\x81\xA0\0\x81\x8E\x80\xB8\x81\xC2\xA4\x8F\x8F\xD5\r\x82Bk\x81\x90\x80\x99\x84\xCA\x82\x8A\x86\x91\x8C\x92\x8D\x91\x8D\x8C\x8E\xB3\xA2\x80\xC2\xD8\x86\xA8\0\x84\xC5\x89\x9E\xB0\x9D\f\x8A\xAB\x83\x99\xB5\x96\x88\xB4\xD1\x80\xDC\xAE\x90\x87\xB5\x9D\x8C\x81\x89\xAB\x99\xA3\xA8\x82\x89\xA3\x81\x8A\x84\xAA
\xA8(
@\xBF\xBFA\r\x81\xA5\r\0\0\0\x80\x9E\x81\xB4\0\r\x83\x8C"\xF3\x80\x8C\x80\x8F\x8C\xE4\x89\0\r(\0\0\x80\x8F\v$\x90\xA8Jv@\xE4+\x8B\xA5\0 \x81\xB70\x8F\x96\x880000000\x86B%\x82\x98\x884\f\x83\xD5\x80\xD9\x84\xAA\x80\xDD\x90\x9F\xAF\x8FA\xFFY\xBF\xBF\`V\x8C\xC2\xAD\x81A\f\x82\x8F\x89\x81\x93\xAE\x8F\x9E\x81\xCF\xA6\x88\x81\xE6\x81\xD1\x93\x90\x80\x96\x9C\xB3\x8D\xB1\xBD*\0\x81\x8A\x9B\x89\x96\x98\x9C\x86\xAE\x9B\x80\x8F \x89\x89 \xA8\x96\x87\x93\x96\x82\xB1\0\f\b\0\x97\x8A2\x8B))\x85\x8800\xAA\x80\x8D\x85\xF2\x9C\`+\xA3\x8B\x96\x83\xB0\`!Am\x81\xE9\xA5\x86\x8B$\0\x89\x80\x8C\0\x80\xEB\xA0Aj\x91\xBF\x81\xB5\xA7\x8B\xF3 @\x86\xA3\x99\x85\x99\x8A\xD8\r\r
\xA2\x8B\x80\x99\x80\x92\x80\x8E\x81\x8D\xA1\xFA\xC4\xB4A
\x9C\x82\xB0\xAE\x9F\x8C\x9D\x84\xA5\x89\x9D\x81\xA3\xA9@\x9D\x91\xA3\x83\xA3\x83\xA7\x87\xB3\x8B\x8A\x80\x8E\x80\x8A\x80\x8E\x82\xB3\x8BA6\x88\x95\x89\x87\x97(\xA9\x80\x88\xC4)\0\xAB\x81\x96\x89\x96\x88\x9E\xC0\x92\x89\x95\x89\x99\x85\x99\xA5\xB7)\xBF\x80\x8E\x9C\xA9\x9C\x82\x9C\xA28\x9B\x9A\xB5\x89\x95\x89\x92\x8C\x91\xED\xC8\xB6\xB2\x8C\xB2\x8C\xA3\xA5\x9B\x88\x96@\xF9\xA9)\x8F\x85\xB7\x9C\x89\x07\x95\xA9\x91\xAD\x94\x9A\x96\x8B\xB4\xB8	\x80\x8C\xAC\x9F\x98\x99\xA3\x9C\x07\xA2\x8B\xAF\x8D\x83\x94\0\x80\xA2\x91\x80\x98\x92\x81\xBE0\0\x8E\x80\x89\x86\xAE\xA59	\x95\x91\x80\x8B\x84\x9D\x89\0\b\x80\xA5\0\x98\0\x80\xAB\xB4\x91\x83\x93\x82\x9D\xAF\x93\b\x80@\xB7\xAE\xA8\x83\xA3\xAF\x93\x80\xBA\xAA\x8C\x80\xC6\x9A\xA4\x86@\xB8\xAB\xF3\xBF\x9E98\b\x97\x8E\0\x80\xDD9\xA6\x8F\0\x80\x9B\x80\x89\xA70\x94\x80\x8A\xAD\x92\x80\x91\xC8@\xC6\xA0\x9E\x88\x80\xA4\x90\x80\xB0\x9D\xEF0\b\xA5\x94\x80\x98(\b\x9F\x8D\x80\x96\xABA\x92\x8E\0\x8C\x80\xA1\xFB\x80\xCEC\x99\xE5\xEE\x90@\xC3JK\xE0\x8ED/\x90\x85\x98O\x9A\x84BFZ\xB8\x9DF\xE1B8\x86\x9E\x90\xCE\x90\x9D\x91\xAF\x8F\x83\x9E\x94\x84\x92A\xAF\xAC@\xD2\xBF\x9F\x98\x81\x98\xAB\xCA \xC1\x8C\xBF\b\x80\x8D\x84\x88\\\xD5\xA8\x9F\xE0\xF2\`!\xFC0\bA"\x8E\x80\x9C\x80\x8DA\x8BI\xEA\x84\x8C\x82\x88\x86\x89We\xD4\x80\xC6\b	\v\x80\x8B\0\x80\xC0\x80\x9B\0\x80AS\x81\x98\x80\x98\x80\x9E\x80\x98\x80\x9E\x80\x98\x80\x9E\x80\x98\x80\x9E\x80\x98\x07G3\x9E-A\xBD@\x91\xAC\x89\x86\x8F\x80A@\x9D\x91\xABA\xE3\x9B@\xE3\x9D\b@\xCE\x9E\f\x88\x81@\xDF0\b\x8E\x80@\xC4\xBA\xC30D\xB3\x9A\0\b\x80\x89\0\0(\0\0\0\b\0\0\0\0\0\v\0\x80\x89\x80\x90"\x80\x90QC\`\xA6\xDF\x9FQ\x81V\x8D\x81]0\x8EBmI\xA1BE\xE1SJ\x84\`!)\0\0\0\0\0\0\xF6 \xA6\x07\0\xA9	 \xB1
\0\xBA\v ;\r \xC7 I\0\x9B\0\xAC\0\xC0\x80\x80  p-\0\x002\0\xA8\0w\xAA\0\xFC\xD7\0\xFD\xFE@\xD1\xB2!\xF6\bI\fv\xDF!\xC8AB!1a\xF1/Axk#\xB1\xA1\xAD\xD4o\xD7\xEE\xE58\xEE\xE0\xA6Bz4\0\0\0\0\xAF\x89\xA4\x80\xD6\x80BG\xEF\x96\x80@\xFA\x84A\b\xAC\0\0\xC7\x8A\xAF\x9E(\xE41)\b\x89\x96\x80\x9D\x9A\xDA\x8A\x8E\x89\xA0\x88\x88\x80\x97\x88\xAA\x82\xBA\x88\xA9\x97\x80\xA0\xB5\x91\x89	\x89\x90\x82\xB7\x001	\x82\x88\x80\x89	\x89\x8D\x82\xB7\0#	\x80\x93\x8B\x8A\x82\xB7\x008\x82\x93	\x89\x89(\x82\xB7\x001	\x82\x89	\x89\x91\x80\xBA"\x83\x88\x80\x8D\x89\x8F\x84\xB6\x000\x81\x8A	\x89\x90\x82\xB7\x000\x81\x8A	\x89\x8B\x83\xB6\b0\x83\x88\x80\x89	\x89\x90\x82\xC5(\0=\x89	\xBC\x86\x8B8\x89\xD6\x88\x8A0\x89\xBD\r\x89\x8A\0\0\x81\xB0\x93\x84\x8A\x80\xA3\x88\x80\xE3\x93\x80\x89\x8B\x1B2\x83\x8C\x8B\x80\x8EB\xBE\x82\x88\x88C\x9F\x83\x9B\x82\x9C\x81\x9D\x81\xBF\x9F\x88\x89\xA0\x8A@\x8E\x80\xF5\x8B\x83\x8B\x89\x89\xFF\x8A\xBB\x84\xB8\x89\x80\x9C\x81\x8A\x85\x89\x95\x8D\x80\x9E\x81\x8B\x93\x84\xAE\x90\x8A\x89\x90\x88\x8B\x82\x9D\x8C\x81\x89\xAB\x8D\xAF\x93\x87\x89\x85\x89\xF5\x94(
@\xC5\xBFB\v\x81\xB0\x81\x92\x80\xFA\x8C\x82\x8BK\xFD\x82@\x8C\x80\xDF\x9FB)\x85\xE8\x81\xDF\x80\`u#\x89\xC4\x89\x9F\x81\xCF\x81A\x80\x96#\x80\xD2\x81\xB1\x91\x89\x89\x85\x91\x8C\x8A\x9B\x87\x98\x8C\xAB\x83\xAE\x8D\x8E\x89\x8A\x80\x89\x89\xAE\x8D\x8B\x07	\x89\xA0\x82\xB1\0\f\b\x80\xA8$\x81@\xEB8	\x89\`O#\x80B\xE0\x8F\x8F\x8F\x97\x82@\xBF\x89\xA4\x80\xA4\x80B\x96\x80@\xE1\x80@\x94\x84A$\x89EV\f\x83\xA7\x80@\xA4\x81B<\x89\x85\x89\x9E\x84A<\x81\xCC\x85\xC5\x8A\xB0\x83\xF9\x82\xB4\x8E\x9E\x8A	\x89\x83\xAC\x8A0\xAC\x89*\xA3\x8D\x80\x89!\xAB\x80\x8B\x82\xAF\x8D;\x80\x8B\xD1\x8B(\b@\x9C\x8B\x84\x89+\xB6\b1	\x82\x88\x80\x89	2\x84\xC2\x88\0\b\0\x8D\x81\xD1\x91\x88\x89\xD0\x93\x8B\x89@\xD41\x88\x9A\x81\xD1\x90\x8E\x89\xD0\x8C\x87\x89\x85\x93\xB8\x8E\x83\x89@\xF1\x8E@\xA4\x89\xC5(	\0\x81\x8B\x89\xF612\x80\x9B\x89\xA70\x80\x88\x8A\xAD\x8F@\xC5\x87@\x87\x89\xB48\x87\x8F\x89\xB7\x95\x80\x8D\xF9*\0\b0\x07\x89\xAF \b'\x89\xB5\x89A\b\x83\x88\b\x80\xAF2\x84\x8C\x8AT\xE4\x8E\`,\xC7\x9BI%\x89\xD5\x89\xA5\x84\xBA\x86\x98\x89B\x89A\xD4\0\xB63\xD0\x80\x8A\x81\`L\xAA\x81PP\x89B\xAD\x81\x96B"/9\x86\x9D\x83@\x93\x82E\x88\xB1A\xFF\xB6\x83\xB18\x8D\x80\x95 \x8EEO0\x90\xE3\x80@\x9F\x86\x88\x89Ac\x80\xBC\x8DA\xF1\x8D@\xF3\b\x89@\xE7\f\x80A\xD9\x86\xEC4\x89R\x95\x89l@\xEF\0A\xD0\xDD\vB\xFA\0p	\0\xF0
@W\f\0\xF0\r\`\xC7 \xEA@\xEC\0 @~\xA6 \xDA\xA9 \xFE@@
A\xBB!NA\xDE\xE5Z\xF5j!\x8C\xD1a7\xE1A\xF0\0A\xA0\xDE\v\x92*Unknown,Zzzz\0Adlam,Adlm\0Ahom,Ahom\0Anatolian_Hieroglyphs,Hluw\0Arabic,Arab\0Armenian,Armn\0Avestan,Avst\0Balinese,Bali\0Bamum,Bamu\0Bassa_Vah,Bass\0Batak,Batk\0Beria_Erfe,Berf\0Bengali,Beng\0Bhaiksuki,Bhks\0Bopomofo,Bopo\0Brahmi,Brah\0Braille,Brai\0Buginese,Bugi\0Buhid,Buhd\0Canadian_Aboriginal,Cans\0Carian,Cari\0Caucasian_Albanian,Aghb\0Chakma,Cakm\0Cham,Cham\0Cherokee,Cher\0Chorasmian,Chrs\0Common,Zyyy\0Coptic,Copt,Qaac\0Cuneiform,Xsux\0Cypriot,Cprt\0Cyrillic,Cyrl\0Cypro_Minoan,Cpmn\0Deseret,Dsrt\0Devanagari,Deva\0Dives_Akuru,Diak\0Dogra,Dogr\0Duployan,Dupl\0Egyptian_Hieroglyphs,Egyp\0Elbasan,Elba\0Elymaic,Elym\0Ethiopic,Ethi\0Garay,Gara\0Georgian,Geor\0Glagolitic,Glag\0Gothic,Goth\0Grantha,Gran\0Greek,Grek\0Gujarati,Gujr\0Gunjala_Gondi,Gong\0Gurmukhi,Guru\0Gurung_Khema,Gukh\0Han,Hani\0Hangul,Hang\0Hanifi_Rohingya,Rohg\0Hanunoo,Hano\0Hatran,Hatr\0Hebrew,Hebr\0Hiragana,Hira\0Imperial_Aramaic,Armi\0Inherited,Zinh,Qaai\0Inscriptional_Pahlavi,Phli\0Inscriptional_Parthian,Prti\0Javanese,Java\0Kaithi,Kthi\0Kannada,Knda\0Katakana,Kana\0Katakana_Or_Hiragana,Hrkt\0Kawi,Kawi\0Kayah_Li,Kali\0Kharoshthi,Khar\0Khmer,Khmr\0Khojki,Khoj\0Khitan_Small_Script,Kits\0Khudawadi,Sind\0Kirat_Rai,Krai\0Lao,Laoo\0Latin,Latn\0Lepcha,Lepc\0Limbu,Limb\0Linear_A,Lina\0Linear_B,Linb\0Lisu,Lisu\0Lycian,Lyci\0Lydian,Lydi\0Makasar,Maka\0Mahajani,Mahj\0Malayalam,Mlym\0Mandaic,Mand\0Manichaean,Mani\0Marchen,Marc\0Masaram_Gondi,Gonm\0Medefaidrin,Medf\0Meetei_Mayek,Mtei\0Mende_Kikakui,Mend\0Meroitic_Cursive,Merc\0Meroitic_Hieroglyphs,Mero\0Miao,Plrd\0Modi,Modi\0Mongolian,Mong\0Mro,Mroo\0Multani,Mult\0Myanmar,Mymr\0Nabataean,Nbat\0Nag_Mundari,Nagm\0Nandinagari,Nand\0New_Tai_Lue,Talu\0Newa,Newa\0Nko,Nkoo\0Nushu,Nshu\0Nyiakeng_Puachue_Hmong,Hmnp\0Ogham,Ogam\0Ol_Chiki,Olck\0Ol_Onal,Onao\0Old_Hungarian,Hung\0Old_Italic,Ital\0Old_North_Arabian,Narb\0Old_Permic,Perm\0Old_Persian,Xpeo\0Old_Sogdian,Sogo\0Old_South_Arabian,Sarb\0Old_Turkic,Orkh\0Old_Uyghur,Ougr\0Oriya,Orya\0Osage,Osge\0Osmanya,Osma\0Pahawh_Hmong,Hmng\0Palmyrene,Palm\0Pau_Cin_Hau,Pauc\0Phags_Pa,Phag\0Phoenician,Phnx\0Psalter_Pahlavi,Phlp\0Rejang,Rjng\0Runic,Runr\0Samaritan,Samr\0Saurashtra,Saur\0Sharada,Shrd\0Shavian,Shaw\0Siddham,Sidd\0Sidetic,Sidt\0SignWriting,Sgnw\0Sinhala,Sinh\0Sogdian,Sogd\0Sora_Sompeng,Sora\0Soyombo,Soyo\0Sundanese,Sund\0Sunuwar,Sunu\0Syloti_Nagri,Sylo\0Syriac,Syrc\0Tagalog,Tglg\0Tagbanwa,Tagb\0Tai_Le,Tale\0Tai_Tham,Lana\0Tai_Viet,Tavt\0Tai_Yo,Tayo\0Takri,Takr\0Tamil,Taml\0Tangut,Tang\0Telugu,Telu\0Thaana,Thaa\0Thai,Thai\0Tibetan,Tibt\0Tifinagh,Tfng\0Tirhuta,Tirh\0Tangsa,Tnsa\0Todhri,Todr\0Tolong_Siki,Tols\0Toto,Toto\0Tulu_Tigalari,Tutg\0Ugaritic,Ugar\0Vai,Vaii\0Vithkuqi,Vith\0Wancho,Wcho\0Warang_Citi,Wara\0Yezidi,Yezi\0Yi,Yiii\0Zanabazar_Square,Zanb\0\0\0\0\0\0\xC0\x99L\x85\x99L\xAE\x80L\x8E\x80L\x84\x96L\x80\x9EL\x80\xE1\`L\xA6\x84L\x84\x81\x93\xE0;\x83.\x80\x82.\x83.\x80\x80.\x80.\x80\x80.\x80\x82.\0\x80.\0\x93.\0\xBE.\x8D\x1B\x8F.\xE0$\x81;\xE0H\0\xA5\xB1\x82\0\xB68\x07\x9A8\x858
\x84\x80\x85\x80\x8D\x80\x82\x80\x9F\x80\x89\x8A;\x99\x80;\xE0\v\x80\xA1\x8D\x93\0\xBB\x93\x82\x93\xAF\xB1\x9E\r\xBAk\x82k\xAD\x85\x8E\x85\0\x9BW\x80W\0\x8A\x93\xA1\xCA\x80\x9C\xD0!\x83;\x8E!\x81\x99!\x83\f\0\x87\f\x81\f\x95\f\0\x86\f\0\x80\f\x83\f\x88\f\x81\f\x83\f\x07\x80\f\x81\f\0\x84\f\x98\f\x821\0\x851\x811\x951\0\x861\0\x811\0\x811\0\x811\x801\0\x841\x811\x821\x801\x831\0\x801\x901	\x82/\0\x88/\0\x82/\0\x95/\0\x86/\0\x81/\0\x84/\x89/\0\x82/\0\x82/\x80/\x83/\x8B/\x86/\0\x82z\0\x87z\x81z\x95z\0\x86z\0\x81z\0\x84z\x88z\x81z\x82z\x82z\x81z\0\x84z\x91z	\x81\x9B\0\x85\x9B\x82\x9B\0\x83\x9B\x81\x9B\0\x80\x9B\0\x81\x9B\x81\x9B\x82\x9B\x8B\x9B\x84\x9B\x82\x9B\0\x83\x9B\x80\x9B\x80\x9B\r\x94\x9B\x8C\x9D\0\x82\x9D\0\x96\x9D\0\x8F\x9D\x88\x9D\0\x82\x9D\0\x83\x9D\x81\x9D\0\x82\x9D\0\x81\x9D\x83\x9D\x89\x9D\x88\x9D\x8C@\0\x82@\0\x96@\0\x89@\0\x84@\x88@\0\x82@\0\x83@\x81@\x82@\0\x83@\x89@\0\x82@\v\x8CV\0\x82V\0\xB2V\0\x82V\0\x85V\x8FV\x99V\0\x82\x8C\0\x91\x8C\x97\x8C\0\x88\x8C\0\x80\x8C\x86\x8C\x80\x8C\x85\x8C\0\x80\x8C\0\x87\x8C\x89\x8C\x82\x8C\v\xB9\x9F\x80\x9B\x9F$\x81K\0\x80K\0\x84K\0\x97K\0\x80K\0\x96K\x84K\0\x80K\0\x86K\0\x89K\x83K\xC7\xA0\0\xA3\xA0\xA6\xA0\0\xA3\xA0\0\x8E\xA0\0\x86\xA0\x83\x81\xA0$\xE0?e\xA5*\0\x80*\x80*\xAA*\x80\x83*\xE0\x9F4\xC8(\0\x83(\x86(\0\x80(\0\x83(\xA8(\0\x83(\xA0(\0\x83(\x86(\0\x80(\0\x83(\x8E(\0\xB8(\0\x83(\xC2(\x9F(\x99(\xD5\x85\xE2\x9Cn\xCA\x84\x82\x8A\x84\x95\x94\b\x80\x94\x946\x81\b\x93\v\x8C\x95\0\x82\x95\0\x81\x95\v\xDDF\x89F\x89F\x81b\x81\x80b\x80\x93b\xD8b\xAAb\xC5	\x9EN\0\x8BN\x8BN\x80N\x8BN\x9D\x96\x84\x96
\xABi\x99i\x8Ai\x81i\x9FF\x9B\x81\xBE\x97\0\x9C\x97\x8A\x97\x89\x97\x8D\x97\xAD;\x8B;\xCC\x07\0\xB1\x07\xBF\x90\xB3
\x07\x83
\xB7M\x8EM\x82M\xAFo\x8A\xAA*\x82*\x87\x90\x07\x82;\x80\x8C;\x80\x86;\x83\x80;\x85\x80;\x82\x81;\x80\xA5L\x84.\x80\xB0L\x84.\x83L\x84.\x8CL\x80\xC5L\x80.\xBF;\xE0\x9FL\x95.\x85.\xA5.\x85.\x87.\0\x80.\0\x80.\0\x80.\0\x9E.\xB4.\0\x8E.\0\x8D.\x85.\0\x92.\x82.\0\x88.\0\x8B\x81;\xD6\0\x8A\x80L\x8A\x80L\x8E\0\x8CL\xA1\r\xA0;\xA5\x80.\x82\x81L\x85\x80L\x9A\x80L\x90\xA8L\x82\xE29\x8A\xE3?\xE0\x9F\xE2\xE0)\xDF+\x9FL\xE0\x1B\x86\x1B\xA5*\0\x80*\x80*\xB7\xA1\x81\xA1\r\x80\xA1\x96(\b\x86(\0\x86(\0\x86(\0\x86(\0\x86(\0\x86(\0\x86(\0\x86(\0\x9F\xDD!\x993\0\xD83\v\xE0u3\x94\x803\x80\x803\x98\x883\x83;\x814\x87\x833\x83\0\xD59\x81;\x81\x829\x80\xD9A\x81\x82A\xAA\0\xDD4\0\x8F\x9F\xA5\b\x80\x8FA\x9E4\0\xBF\x9E4\xD0\xAEA\x80\xD7A\xE0G\xF0	_3\xBF\xF0A\x9F3\xE4,\xAE\xB6\xAE\b\xAFQ\xE0\xCB\xA9\xDF\xD7\b\x07\xA1\xE0L\x82\xD1L\x8EL\xAC\x92\x89\xB7\x80\x07\xC5\x86\x07\x8B\x86\x9F!\xADD\x80\x80D\xA3\x83
\x80\x83\x9C4\xCD>\0\x80\x89>\x81>\x9Ee\0\xB6\b\x8D\x89\x83\x9Fe\xC2\x98\x84\x98\x96\\	\x85(\x85(\x85(\b\x86(\0\x86(\0\xAAL\x80\x88L\x80.\x83L\x81\xCF\xAD\\\x89\\\xF0\x1BC4\v\x964\xB04p\xA3\xE1\r3\xE0	3%\x86L\v\x84\x998\0\x848\0\x808\0\x818\0\x818\0\x898\xE1\x8D\x81\xE0/\x8F\x8F;\x89\x8D;\x81\xA2\0\x92\0\x83\x84\0\xE0&\x80\0\x9F\x99L\x85\x99L\x8A\x89A\x80\xACA\x81\x9E4\x854\x854\x854\x824\x86\0\x86	\x84\x8BP\0\x99P\0\x92P\0\x81P\0\x8EP\x8DP!\xE0P\x82\xAC\x88\xCE.\0\x8C\x80..\xAC\x80;\`!\x9CR\xB0\x80;\x9A\xA3r\b\x82r\x9A,\xAAt\x9D\xA8\0\x80\xA8\xA3u\x8Du)\xCF \xAF\x88\x9D|\x89|\xA3{\xA3{\xA7&\x07\xB3
\x80\x8A\xAA\0\x8E\xAA\0\x86\xAA\0\x81\xAA\0\x8A\xAA\0\x8E\xAA\0\x86\xAA\0\x81\xAA\xB3\xA4\v\xE0\xD6O\b\x95O	\x87O\x85L\0\xA9L\0\x88LD\x85\x80\0\xAB\0\x81\x80\x80\x95:\0\x88:\x9F~\x9Ef\x07\x88f/\x927\0\x817\x847\x9B\x81\x80\x81\x99S\x80S\x99\x8A%\x9F_\x97^\x93^\xAD^\x83E\0\x81E\x87E\0\x82E\0\x9CE\x82E\x89E\x88E\x9Fw\x9Fs\xA6X\x8BX\b\xB5\x86\x95=\x87=\x92<\x87<\x91\x82\x83\x82\v\x86\x82O\xC8x6\xB2q\f\xB2q\x85q\xA75\x07\x895\xA5)\x9C)\x07\x81)\`o\x9E\0\xA9\xAD\0\x82\xAD\x81\xAD\x85\x07\x88 \x85\xA7v\x07\xA9\x8D\x99y%\x9B\x96'\b\xCD\xA3\b\x80\xC2?	\x80?\x98\x8E\x89\x8E\xB4\0\x91\x07\xA6U\b\xDF\x87\0\x93\x8C
\x91G\0\xAEG=\x86d\0\x80d\0\x83d\0\x8Ed\0\x8Ad\xBAI\x89I\x83-\0\x87-\x81-\x95-\0\x86-\0\x81-\0\x84-\0\x80;\x88-\x81-\x82-\x80-\x80-\x86-\x86-\x84-
\x89\xA7\0\x80\xA7\x80\xA7\0\xA5\xA7\0\x89\xA7\0\x80\xA7\x80\xA7\0\x83\xA7\0\x89\xA7\0\x81\xA7\x07\x81\xA7\xDBj\0\x84j\xC7\xA2\x07\x89\xA2\`E\xB5\x89\xA5\x89!\xC4a
\x89a\x8Cb\xB9\x9A\x89\x9A\x93e\x1B\x9A\x8E\x96\`X\xBB#\`\xD2\xAC\v\x80\xAC\x86"\x80"\x87"\0\x81"\0\x9D"\0\x81"\x8B"\b\x89"E\x87h\xADh\x8Ah\xC7\xAF\x07\xD2\x8F\f\x8F\xB8\x7F\x89!U\x87\x87W\xA1\x91\r\x89\x91\x88\r\0\xAC\r\0\x8D\r	\x9C\r\x9FY\x95Y\0\x8DYH\x86Z\0\x81Z\0\xABZ\x80Z\0\x81Z\0\x88Z\x07\x89Z\x850\0\x810\0\xA40\0\x810\0\x850\x890\xAB\xA5\x89\xA5\`\x95\x98T\x90C\0\xA8C\x9CCT\x80Q\xB1\x9B\f\x80\x9B\xE39\`\xE0\0\x84
\xE0ci\xEB\xE0\f\xE3\xF5%	\xEF:%\xE1\xE6p
X\xB92fe\xE1\xD8\b\x9Ec\0\x89c\x81c\xCE\xA3\0\x89\xA3\x9D	\x85		\xC5}	\x89}\0\x86}\0\x94}\x92}aO\xB9J\`e\xDA[\x98\v\x98\v+\xCA\`\xB8\`\x90\`?\x80\x9C\x80l\x813\x80H
\x863\b\xF0
\x9F\x9C\xE1uH(\x80H\x9E\x9C\`\0\xE0\x9Cp\x9C\x83A\0\x86A\0\x81A\0\x80A\xE0\xBE9\x82A\x809\x829\x80A\r\x83A\x07\xE1+lh\xA3\xE0
$\x8C$\x88$\x89$\x83$\x83n\xFB\xE0\x9C\xE1S\x96\x90\xAD;\x96;\b\xE0;\xE0\x95	\xA6\xBD\x82;\x90\x87;\x81\x86;\x9D\x83;\xBC\xC5.\`\x93\v\x93\v\xD6\b\x98\`&\xD4\0\xC6\0\x81\x80\x81\x83\0\x8B\0\x80\0\x86\0\xC0\0\x83\x87\0\x86\0\x9B\0\x83\0\x84\0\x80\x86\0\xE0\xF3\xE0\xC3\xB1\xE2+\x8B\x84\x8B\0\x8E\x8Bc\xEF\x9EL\x85L\`t\x86+\0\x90+\x86+\0\x81+\0\x84+\xBD \x80\`\xACm\x8Dm\x89m\x81m\`\xDF\x9E\xA6\xB9\xAB\x80\xABao\xA9g\`u\xAAp\x80p\`_\x9E\x99\0\x95\x99\x07\x81\x99\`\x7F\x86(\0\x83(\0\x81(\0\x8E(\0\xE0d]\x8F](\xCB\x89\x81b\xB0\xC3K\xBC\`a\x83\0\x9A\0\x81\0\x80\x80\0\x89\0\x83\0\x80\0\x80\x80\x80\0\x80\0\x80\0\x82\0\x81\0\x80\x80\0\x80\0\x80\0\x80\0\x80\0\x81\0\x80\x83\0\x86\0\x83\0\x83\0\x80\0\x89\0\x90\x82\0\x84\0\x903\x81\`\xAD\xAB\xE0\v\x8E\x8E\0\x8E\0\xA4	\xE0M7\x99\x809\x81\f\xAB\x88\x81\r\x85\`9\xE3x\x90\x8C\xE0y\x8B\x80\x8B\xB7\x07\x89\xA7\x07\x9D\x8B\x81\r\x88&\xE0\xF7\x07\x8D\x8C\x8A\xB8\0\x80\x8F\x8B\x89\xE02\0\xE0c\xA4\xF0\x96\x7F3\xF0\0\xBD3\xF0-3\xF0\f\xD03\xE2\r3iA\xE1\xBD3e\x81\xF0\xEA3\xF0\xC93z\xBB&\x80\xDF\`\xE0\x8F;\0A\xC0\x88\v\x92\x806\0\0\x1B$&*+0,.3LSUt\x88\x81\x83\0\0\x07\f!LQ\x9F\xA6	\0\0L\0\0L\0\0\0LQ\b\0\0L\x9F\0\0\0L%\0\0\b\x1B.Lt\x91\x96\0\b.L{\x91\x96\xA4\0L\xA1\0+L\x91\x93\x9F\0\v\x1B,.L{\x93\xA1\xA4\0\x1B&+,AL\0.Lt\xA1\0	\x1B$8Lt\x93\x96\xA1\xA4\0\v$,.8Lt\x93\x96\xA1\0L\xA1\0$L\x93\0L{\0L\x96\0L\x91\0(L\0\0\0L\x91\0L\xA4\0\0\0.Lt\xA4\0\0$AL\x93\xA1\0$L\x93\0L\x93\0\0L\x91\x93\0L\x93\0\0\0L\x93\0\x07,L\x91\x93\x9F\0\0.\0\0.\0\0L{\0\0L\xA4\0\fL\0\x1B.\x80\x8C\0\0t\0+L\0+\x80\x80\0\0*+\x80\0\0\x07)k5\x93\x9E\xAD\r\0\0\x07)k5\x93\x9E\xAD\0\x93\x9E\0\0\b)k5\x93\x9E\xAD\0\0	WXy\x825\x8D\x93	\0
\x93	\0	\x9E\xAD\0\0\x93b\0\05\x81\xFB\0\0\f!-/1@LVhjz\x87\x9B\x9D\xA2\0\r\f!-/1@LVjz\x9B\x9D\xA2\0\0\f!#0Z-/1@UVhpzI\x8C\x92\x9A\x9B\x9D\xA2\0\f!#0Z-/21@NUVhpzI\x8C\x92\x9A\x9B\x9D\xA2	!#?Uu\0	\f\x92u\0	1du\0	/G\x80u\0\r-\x9B\x80q\0	@h\xA7\x82\xCF\0	e\x96\x800\0\0*+L\x85n\0\x84F\06\x95\x94\x80J\0b\x80\0\0\0b\x80\x84I\0\0\f!-@\0!\0\f!-@\0!-@\0!\0\f!j\x9D\xA2\0\f!\x9D\0!j\x87\0\f!j\x9D\0!\x87\0!@Vz\x9B\x9D\0!!\x87!\0!\x87\0\f!\0!j\xA2!\0!hj\0\f!\x87\0!j\0!\0\f!j\x87!\0\v\f!-@Vhz\x8C\x9D\xA2\xA7\0!-\0!-@\xA7\f!\0\f!-\0h\x80D\0.5\0\0L\x93\0\0\0\x93\x81\xB3\0\0Lb\x80\0\0	\0\0*+qRx\0\0.q_\x80\0\0!-L\x8C\xA5\0\0\x1BL\0\0x\0\x07*q?S\x85	\0\0$\0\0q\0\0\0+\x81+\03\x9C\0\0\0\x07439Ab\xAE\0\b439Ab\x80\xAE\0439A\0\03\0\0\b439Ab\xA0\xAE	439AQb\xA0\xAE439A\xAE\0\0\0439A\x07439A\xAE439A	\03\0\0439A9A\0\0\0439A\039A3X\09A\0\09AY\0\0439A\xAE\09A\x80\03\0%3\b\0\03\x9C/\0'37\x0003\0\v32\0\03W\03	\03_\03\xC01\xEF\0\0+\x80\0\x073L\x80\xA7\0!#/1G@?UVah\x87I\x9A\xA2\xA7!#/1G@?Uah\x87I\x9A\xA2\xA7\v!#/1G?UaI\x9A\xA2\0\f!#/1G?Ua\x87I\x9A\xA2\0\v!#/1G?UaI\x9A\xA2\x806\0\0\f!\xA7\0\0\0!\x9B9\0\0DLe\x80\0\0>\xC0\xED\0k\x801\0\0\x9E	\0\0\x9EF\0439A\x80\x99\0439A\xAE	\0\09A,\09A\x80\xDF\0P\0P\0,OP\0\bP\x81\0\x1B\x1B\x87u\0\0Xy\x87\x8D\0\0-\x9B\0\0\0-\x9B6\0-\x9B\x8C\0-\x9B\0\0\0-\x9B\xC0\\K\0$\x96;\03\x9E]\03\xCE\xCD-\0\0\0Cn,Unassigned\0Lu,Uppercase_Letter\0Ll,Lowercase_Letter\0Lt,Titlecase_Letter\0Lm,Modifier_Letter\0Lo,Other_Letter\0Mn,Nonspacing_Mark\0Mc,Spacing_Mark\0Me,Enclosing_Mark\0Nd,Decimal_Number,digit\0Nl,Letter_Number\0No,Other_Number\0Sm,Math_Symbol\0Sc,Currency_Symbol\0Sk,Modifier_Symbol\0So,Other_Symbol\0Pc,Connector_Punctuation\0Pd,Dash_Punctuation\0Ps,Open_Punctuation\0Pe,Close_Punctuation\0Pi,Initial_Punctuation\0Pf,Final_Punctuation\0Po,Other_Punctuation\0Zs,Space_Separator\0Zl,Line_Separator\0Zp,Paragraph_Separator\0Cc,Control,cntrl\0Cf,Format\0Cs,Surrogate\0Co,Private_Use\0LC,Cased_Letter\0L,Letter\0M,Mark,Combining_Mark\0N,Number\0S,Symbol\0P,Punctuation,punct\0Z,Separator\0C,Other\0A\xE0\x97\v\x96	\0\0\0>\0\0\0\xC0\0\0\0\0\0\0\xF0\0\0\0\0\x7F\0\0\0\x80\0\0<ASCII_Hex_Digit,AHex\0Bidi_Control,Bidi_C\0Dash\0Deprecated,Dep\0Diacritic,Dia\0Extender,Ext\0Hex_Digit,Hex\0IDS_Unary_Operator,IDSU\0IDS_Binary_Operator,IDSB\0IDS_Trinary_Operator,IDST\0Ideographic,Ideo\0Join_Control,Join_C\0Logical_Order_Exception,LOE\0Modifier_Combining_Mark,MCM\0Noncharacter_Code_Point,NChar\0Pattern_Syntax,Pat_Syn\0Pattern_White_Space,Pat_WS\0Quotation_Mark,QMark\0Radical\0Regional_Indicator,RI\0Sentence_Terminal,STerm\0Soft_Dotted,SD\0Terminal_Punctuation,Term\0Unified_Ideograph,UIdeo\0Variation_Selector,VS\0White_Space,space\0Bidi_Mirrored,Bidi_M\0Emoji\0Emoji_Component,EComp\0Emoji_Modifier,EMod\0Emoji_Modifier_Base,EBase\0Emoji_Presentation,EPres\0Extended_Pictographic,ExtPict\0Default_Ignorable_Code_Point,DI\0ID_Start,IDS\0Case_Ignorable,CI\0ASCII\0Alphabetic,Alpha\0Any\0Assigned\0Cased\0Changes_When_Casefolded,CWCF\0Changes_When_Casemapped,CWCM\0Changes_When_Lowercased,CWL\0Changes_When_NFKC_Casefolded,CWKCF\0Changes_When_Titlecased,CWT\0Changes_When_Uppercased,CWU\0Grapheme_Base,Gr_Base\0Grapheme_Extend,Gr_Ext\0ID_Continue,IDC\0ID_Compat_Math_Start\0ID_Compat_Math_Continue\0InCB\0Lowercase,Lower\0Math\0Uppercase,Upper\0XID_Continue,XIDC\0XID_Start,XIDS\0A\x89\xA1\v\0A\xA0\xA1\v\0\0\0 \0A\xB0\xA1\vKBBBBBBBBBB\0\0\0\0\0\0\0DDDDDD\0\0\0\0\0HHHHHH\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\0A\xA0\xA2\v\0A\x80\xA3\v\xD4\x1B
\0	\0\0 \0!\0\xA0\0\xA1\0\x80\x81\0 \v ( * / 0 _ \` \x0000\xFF\xFE\0\xFF\0\0\0\0\0\0Basic_Emoji\0Emoji_Keycap_Sequence\0RGI_Emoji_Modifier_Sequence\0RGI_Emoji_Flag_Sequence\0RGI_Emoji_Tag_Sequence\0RGI_Emoji_ZWJ_Sequence\0RGI_Emoji\0\0\0\0\x9C\x07M\0\x8F\v\0\0\0\b\0SKR\0S\0T\0;UV\0XZ@_^\0GPceCf\0h\0j\0l\0n\0p\0\0A\0\0\0\0\0\x93\0\0 6\0(\0$\0$%-\0mo\0)'*\x1BABN<@"!D!C&(')#+K-F/L1M3GE\x99\0\0\x97\x91\x7F\x80\x85\x86\x82\x84xy}\xA3~z{\x8C\x92\x98\xA6\xA0\x87\0\x9A\xA1\x95w3\x95\0\x90\0v\x9B\x9A\x99\x98\0\0\xA0\0\x9E\0\xA3\xA2123\xB7\xB8S\xAC\xAB!""*45\0\xA8\xA99"L\0\0\x97Z\xDA6\0\xC7\xC6\xC9\xC8\xCB\xCA\xCD\xCC\xCF\xCE\xC4\xD8E\xD9B\xDAF\xDB\xD1\xD3\xD5\xD7\xDD\xDC\xF1\xF9
\x80\x9F\0!\x80\xA3\xF0\0\xC0@\xC6\`\xEA\xDE\xE6\x99\xC0\0\0\`\xDF)\0\xFB\xE0	\x84\v\xC6\xE2\xC0@\0F\`\xE1\xE3m789\0\0a\xBAgEH\0PdOQ\0\0I\0\0\0\xA5\xA6\xA7\0\0\0\0\0\xB9\0\0\\\0J\0]WYb\`rkqR\0>i\xBB\0[\0%\0H\xAA\x8A\x8B\x8C\xAB\xACXX\xAF\x94\xB0o\xB2a\`cbedjklmfghionqpsrutwvyx\0\0\0\0\0\0\x99\b\xA5\0B\x91\x97\xA9F\0I\0L\0S\0i\0\x07\xBCN\0J\0\f5RH\x001T\0W\0
Y\0A\0\xBE\b\x80(\x90h\xA0\xBA\x86\xB3\xCA\x89\xC3\xA1\xFA\x8F\xF3DF;N=\xB8bJ\xA6\`\xC9k\0\xE5\0\xF5+\0\0z\0\0\xFC=\0\0\x81\0(\0\x97\0*\0\x81\x80*\0\x97\xC0+\0\x81,\0\x97\0-\0\x81@-\0\x97\0.\0A.\0\x99/\0 0\0B\b@\0B\x8AD\0BJ\0\x96\0L\0\x81L\0BM\0BCN\0/\xC1O\0B\xC3P\0\xBF@R\0BS\0B	U\0B\bZ\0\x96\0^\0BC^\0\x81\xC0_\0Bh\0B\xC1k\0\x85q\0\xC3q\0DHs\0D\x83w\0B\x83y\0\xBE{\0\x97A|\0B}\0D~\0B\x80\0B\x81\x87\0D\x87\x89\0\x83\xAC\0\xB6\0\x83\xB8\0\xD0\0\x96\0\xD1\0\x80\0\xDD\0\x97\x80\xDE\0\x80\x80\xDF\0\x97\0\xE1\0>A\xE1\0\x80\xC0\xE1\0\xBE\xE2\0\xAE\x83\xEA\0\xAE\x82\xF2\0\xAD\xF4\0.\xC1\xF4\0A\xF5\0\xFC\0\x81@\xFE\0>\0\xBE\xC0\xBE\xBE@\xBE@>\xBE\xC0\xBED\x81DA0D4D\x815D\x836D\x838D\x86:D>\x85\xC0a\xAE\x82\x88/B\x9D\x84\xB0\x84\xC0\xB4\x84@J\x84@L\x84\0M.V.\xC1r w\x84\xC0w\x84\xC0\x8C\x84\x80\x8D\xAEA\x96\x84\x80\x97\x84\0\xD2.\xC1\xD2 \xD7\x84\0\xE5\xAE\x81\xF2\x84\0\x84\x000"\xC11.\x812\xAE\x81R\x84\x80v\xAEw\x85\xC0\x8C\x85\xC0\xAC/\xB7\x81\0\xC3\x84\xC0\xD0\x84@\xD3\x84\x80\xD4\x84\xC0\xD5\x84\0\xD7\x84@\xDA\x84\xC0\xDC.A\xDD\x85\xC0\xDD\x84\0\xDE\x85@\xDE\x84@\xE0\x84\xC0\xE4\x84@\xE7\x84\x80\xE8\x84\xC0\xE9\x84\0\xEB\x84@\xEE\x84\x80	\x81\0?\x84\x84\xC1\x84\x80\xC4\x84\xC1\xCE \xD0\x84\xC0\xD0\x83K\x07\xC4L\x07\x83O\x07\x81\0^\x07\x83\xD2f\x07D\x80\x07B\x89\x8E\x07D\x93\x07B\r\x9F\x07\x82\xA5\x07\x85\x80\xA6\x07\xBE\xC0\xA6\x07D\r\xA8\x07D\xA0\xAE\x07"\xC0\x07D\x83\xC0\x07"\xC2\x07D\x83\xC2\x07"\xC4\x07D\x82\xC4\x07"\xC6\x07D\x82\xC6\x07>\xC8\x07D\x82\xD0\x07"\xD2\x07D\x82\xD2\x07"\xD4\x07D\x83\xD4\x07>L\xD6\x07\x80@\xDC\x07\xBE\x80\xDC\x07\x80\xC0\xDC\x07\xBE\0\xDD\x07\x80@\xDD\x07\xBE\x80\xDD\x07\x80\xC0\xDD\x07\xBE\0\xDE\x07\x80@\xDE\x07\xBE\x80\xDE\x07\x80\xC0\xDE\x07\xBE\0\xDF\x07\x80@\xDF\x07 \b\xE0\x07 \b\xE4\x07 \b\xE8\x07\xBE\xEC\x07\x80\xC0\xEE\x07\xBE\0\xEF\x07\x97@\xEF\x07\x80\x80\xEF\x07\xC1\xEF\x07>D\xF0\x07\x80@\xF2\x07\xBE\x80\xF2\x07\x80\xC0\xF2\x07\xBE\xF3\x07\x80\xC0\xF4\x07\xAE\x82\xF5\x07\x80\xC0\xF6\x07>C\xF7\x07\x80\xC0\xF8\x07\xAE\xF9\x07\x80\xC0\xFA\x07>\xFB\x07\x81\xFB\x07\xBE\x83\xFC\x07\x80@\xFE\x07\xBE\x80\xFE\x07\x80\xC0\xFE\x07\xBE\0\xFF\x07\x80@\xFF\x07\x97\x80\xFF\x07\0\b\x95\x84\0\b\x81@\b\x97\xC0\b\x81\0	\b\x97@	\b\x99\x80	\b\x81\xC0\v\b\x85\xC0\f\b\xB1\0\r\b\x85\x80\r\b\xB1\xC0\r\b\x97\b\x97\xC1\b\xB3\xC0\b\x81\xC0\b\x95\b\x81\xC0\b\b \b\x83\x85"\bD%\b\x97\0*\b@\b\x81\x80@\b\xBF\xC0@\bAA\b\x81\xC0A\b\xBF@B\b-\x85B\b\x81@E\b\x97\x80E\b\x95BF\b\x97\0H\b\x99@H\b\x97\x80H\b\x81\0I\b\x80\x80I\b\x81\0J\b\x81J\b\x95K\bBM\b\x81@N\b\x99\xC0N\b\x83O\b\x95BQ\bT\b\x9B\x80T\b\xC6T\b\x97\xC0W\b\x81\0X\b\x97@X\b\x99\x80X\b\x97\xC0X\b\x81\0Y\b\x97@Y\b\x99\x80Y\b\x9B\xC0Y\b\x97\0Z\b\x81@Z\b\x97\x80Z\b\x99\xC0Z\b\x95[\b\x97@\\\b\x99\x80\\\b\x97\xC0\\\b\x81\0]\b\x97@]\b\x99\x80]\b\x9B\xC0]\b\x97\0^\b\x81@^\b\x97\x80^\b\x99\xC0^\b_\b\x99@b\b>\x81f\b\xBE\x80k\b\xBEAs\b\xBE\0\x81\b\xBE@\x82\b\xBE\0\x83\b\xBE\x89\b\x85\0\x8B\b\xB1@\x8B\b\x85\xC0\x8B\b\xB1\0\x8C\b\xBE@\x90\b\xBE\0\x91\b\xBE\xC1\x91\b\xBE\x98\b\xBEB\x9B\bD\x9D\bD\x9E\bD\xA0\bD\xA1\bD\xA2\b>\xAB\bD\xB8\b \x82\xBA\bA\xCA\b\x9F	#E	\x97\xC0	\xA5	+E	\x9B\xC0!	\xA1"	%E$	\x99\xC0&	%\r'	\x8D-	\r4	\x81\x80:	\xB3\0\x83
\x99\0\x9D
\x97@\x9D
\x99\x80\x9D
\xBE\0\xB7
\v\x81\xC0[\v\x81\xC0\xA7\v\x81\xC0\xBC\v\xAD\xC0\v\xADD\xC2\v\xAD\x84\xC4\v\x83\xF3\xC6\v-\x85\xE0\v\xE3\v-\x88\xF1\v\x81\0\0\f\x83\x82\r\f\x84\v\f\x84B\f"\f"\xC1\f"\x81\f"A\f"\f\x84\0%\f#\xC1&\f\x84\x80'\f\x85\xC0'\f\x84\v+\f\x84B1\f"4\f"\xC14\f"\x815\f"A6\f"7\f\x84\0=\f \xC2=\f\x84\x80?\f\x85\xC0?\f-JL\fEQ\f\x9F\xCAS\f\xADY\f\x87d\fA\x07\x80\f\x89\x80\x83\f)\xC1\x83\f\xA9A\x84\f\x89\0\x85\f)A\x85\f\xA9\xC2\x85\f\x89\0\x87\f\x8F@\x87\f\x8D\x80\x87\fA\x88\f\x91\f\x99\0\x94\f\xA3D\x94\f#\x83\x96\f-\x07\x98\f\xAF\x84\x9B\f\xA1\xC2\x9D\f\xB5\0\x9F\f\xB3@\x9F\f\x85\x80\x9F\f\x83\xA0\f#B\xAC\f#E\xAD\f\x97\xC0\xAF\f\xA1\xB0\f\xA5A\xB2\f\x97\0\xB3\f\x99@\xB3\f\x97\x80\xB3\f\x99\xC0\xB3\f\xAD\xB4\f\x85\xC0\xBF\f\xB3\xC0\f\xB1\xC0\xC0\f\xB3\0\xC1\f1A\xC1\f\xB5\xC0\xC1\f\xB3\0\xC2\f\xB1A\xC2\f3\xC3\f1\x81\xC3\f\x85\0\xC4\f\xB1@\xC4\f3\x81\xC4\f\x85\0\xC5\f\xB5@\xC5\f\xB7\x80\xC5\f\xB5\xC0\xC5\f\xB1\0\xC6\f5A\xC6\f\xB3\xC0\xC6\f\xB1\xC7\f\xB3\xC0\xC7\f\xB5\0\xC8\f\xB3@\xC8\f\xB1\x81\xC8\f/B\xC9\f1A\xCA\f\xB5\xC0\xCA\f\xB1\0\xCB\f\xB3@\xCB\f\xB5\x80\xCB\f\xB1\xC0\xCB\f/\xCC\f\xB5\x80\xCC\f\xB3\xC0\xCC\f\xB5\0\xCD\f\xB1@\xCD\f\xB5\x80\xCD\f\x85\xC0\xCD\f\xB1\xCE\f\xB3@\xCF\f\xB1\x80\xCF\f\x85\xC0\xCF\f\xB1\xD0\f\xB3\xC0\xD0\f\xB1\xD1\f\xB5\xC0\xD1\f\xB3\0\xD2\f\x85@\xD2\f\xB5\x80\xD2\f\x85\xC0\xD2\f3\xD3\f\xB1\x81\xD3\f\xB3@\xD4\f\x85\x80\xD4\f\xB1\xC0\xD4\f\xB3\0\xD5\f\x85@\xD5\f\xB5\x80\xD5\f\xB1\xC0\xD5\f!\xD6\f%\x85\xD8\f\xA5\xDB\f\x99@\xDC\f\x81\xDC\f\x99\0\xDD\f\x97A\xDD\f'\xDE\f\x85\x82\xDE\f\x89\xC0\xDF\f?\xE0\f\x99\0\xE2\f\x9B@\xE2\f\xBF\x83\xE2\fB\xE4\fB\xE5\f?C\xE6\f1\xC1\xE7\f\x85@\xE8\f\xB1\x81\xE8\f\x85@\xE9\f\x07\x81\xE9\f\x89\0\xEA\f\x97@\xEA\f\x82\xEA\f\x9D\x80\xEB\f\x8D\xC0\xEB\f?\b\xEC\f\xF0\f\x9B\x80\xF0\f\x97\xC1\xF0\f\x9B\x80\xF1\f\x99\xC0\xF1\f\xF2\f\x99\x80\xF4\f\xC1\xF4\fA\xF5\f\x97\xC0\xF5\f\x9B\0\xF6\f\x99@\xF6\f\x82\xF6\f\x81\xF7\f\xA1\xF8\f%E\xFA\f%\xC5\xFC\f%A\xFF\f\x99\xC0\xFF\f\xA7)\x81\0\xDC)B\xFC)\xFE)\xD7*\x81@\xDA*\x82@>\x82\x7FJ>\x82?j>\xA1\x8A>\x9B>\x82/\x9C>\x90\xC5\xB3>\x97\xC0>\xC1\xC0>?A\xC1>\xAF\xC2\xC4>\x84A\xC7>\xAD\xC8>\x81@\xCA>\x83\xCA>\xA0\xCC>\xA0\xCE>\x84\x80\xCF> \xD0> \xC1\xD0>\xAE\x84\xD1>\x85\xC0\xD3>-1\xD4>\xAD\xCB\xF4>/\x89\xFA>-\xFF>//\0?\xA5\x82?\xB1\xC0?\xAF\x07?\xAF\xFF?\xA5\x81<?\xAFd=?1 T?1\x9Bd?1|?\xB3\x83|?\xB1@~?\xBD\x80~?\xBB\xC0~?\xB3\0\x7F?\x84?\xAD\x8C?\xC3\x8C?-F\x8E?\xCC\x91?\x95\xC6\x97?\xAF\x9C?\x85\0\x9D?/\x85\x9D?\xAD:\xA0?/D\xBD?o\xC0?\xC1\xD7?\xAD_\xD8?\x81\0\xE8?O\xE8?\x83\xF0?\x83\xF2?\x83\xF4?\x9F\x81\xF6?\x83\x07\xF8?\x92@rA\x92\0yA\x83M\xE0A\x91\xE7A\x92\x81&D\x92\xC0*D\x81KD\xC1\xD2D\x92\xC1\xE0D\x92\x80\xE3D\x92@\xE4DB\xF1D\xC2.E\x81nE\x92\0NFDHX\x92Z[\x8D5s<s\x92\x83Wt\xC3nt\r\0u\x8Du\r\ru\x9F\x83u\x89u\ru\x8D u'u\x9FC/u\x9FE1u\r4u\x8D:u\x95AuDCu\x9F\x83Eu\x8DGu\x95\x07Nu\x9F\x83Ru\x8DTu\r[u\x8Dau\rhu\x8Dnu\ruu\x8D{u\r\x82u\x8D\x88u\r\x8Fu\x8D\x95u\r\x9Cu\x8D\xA2u\xA9u\x9F\b\xAAu\x81@\xAEu\x9F\x83\xAEu\x81@\xB0u\x9F\x8C\xB0u\x81\xC0\xB6u-\xB7u\x9F\x88\xB8u\x81\xC0\xBCu\x9F\xBDu\x81\xC0\xBEu\x9F\f\xBFu\x81@\xC5u-\x83\xC5u\x9F\b\xC7u\x81@\xCBu\x9F\x83\xCBu\x81@\xCDu\x9F\x8C\xCDu\x81\xC0\xD3u-\xD4u\x9F\x88\xD5u\x81\xC0\xD9u\x9F\xDAu\x81\xC0\xDBu\x9F\f\xDCu\x81@\xE2u-\x83\xE2u\x9F\b\xE4u\x81@\xE8u\x9F\x83\xE8u\x81@\xEAu\x9F\x8C\xEAu\x81\xC0\xF0u-\xF1u\x85\xF3u\xF6u\x85\xF8u\xFBu\x85\xFDu\x9F\fx\x9FAx\x9Fx\xC2x\xAD\xD0x\x1Bx-\x80{\xADM\x81{B\x88{\x81\xC0\x89{-E\x8A{\x8D{\x81\x80\x90{\xDC\x91{-\xA0{\xAD\xC8\xA2{\x83D\xA8{\xAD\xC8\xAA{\x97\0@|!E@|%\rD|\x87\x80J|\xC1J|AK|\rL|\x82R|\x99\x80S|\x97\xC0S|\x97\x81Z|\x97\0d|/\x80|\x81\x80\x80|\x84|\xC1\x90|\x94|\xFC~\xAC\0\xBE\xD1\0\xBE\xACG	\xBE9\r\xBE,\x87)\xBE,-\xBE\x907.\xBE\x90\xFFI\xBE\xBCi\xBE\0A\xE0\xBE\v\xA2\x8E \0\0\0a\0\0\0\0\xBC\b\0
\0\f\0\0\x95\0\xA5\0\xB9\0\xC1\0\xC3\0\xC7\0\xCB\0\xD1\0\xD7\0\xDD\0\xE0\0\xE6\0\xF8\0\b
s\0 ,DMSbhjv\x92\x94\xA9\xBB\xC7\xD1\xD5\xB9\xD7;\0\xD9\xDB\xB7\0\xE1\xFC\f#'\xA33?BKNQ]\`iloux\x81\x8A\x9C\x9F\xA3\xAF\xB9\xC5\xC9\xCD\xD1\xD5\xE7\xED\xF1\xF5\xF9\xFD	\r\x1B#'+/5=AIMQ\vW[_cgkosy}\x81\x85\x89\x8D\x91\x95\x99\x9D\xA1\xDC\xA5\xC9\xCD\xD9\xDD\xE1\xEF\xF1=O\x99\xF0Jdlps\x9A\xFA\xFE\x07\v"(\x8E\x94\x98\x9E\xA2\xAB\xAC\xF3\xAD\xF6\xAE\xF9\xAF\xFC\xCC\xFF\xCD\x07\xCE\x07	\x07\r\x07\x07\x862\x075\x07\xB97\x07;\x07\x88S\x07\x89V\x07\x90k\x07\x8Aw\x07\xB0\x89\x07\x8E\x99\x07\x9F\x07\xA3\x07\x8C\xB8\x07\x8F\xBB\x07\xB4\0\xBE\x07\xC0\x07\xC2\x07 \xCB\x07.\0\xCD\x07\xCF\x07 \0\xD2\x07\xD6\x07\xDB\x07\xDF\x07\xE4\x07\xEA\x07\xF0\x07 \0\xF6\x07"\b\b\x07\b\b%\b'\bC\0-\b0\b\x906\b9\bN\0E\bG\bL\bN\bQ\bZ\0\xA9Z\0S\bW\b\`\bi\0b\be\bo\bt\bz\b~\b\xA2\bI\0\xA4\b\xA6\b\xA9\bV\0\xAB\b\xAD\b\xB0\b\xB4\bX\0\xB6\b\xB8\b\xBB\b\xC0\b\xC2\b\xC5\bv\0\xC7\b\xC9\b\xCC\b\xD0\bx\0\xD2\b\xD4\b\xD7\b\xDB\b\xDE\b\xE4\b\xE7\b\xF0\b\xF3\b\xF6\b\xF9\b		\v					#	,	;	>	A	D	G	J	V	\\	\`	b	d	h	j	p	x	|	\x80	\x86	\x89	\x8F	\x91	0\0\x93	\x99	\x9C	\x9E	\xA1	\xA4	a-\xCDk\x9F\x9F\xA6	\xB1	\xBC	\xC7	\x95
\xA1
\v \0'\v1\v\x8D\v\xA1\v\xA5\v\xA9\v\xAD\v\xB1\v\xB5\v\xB9\v\xBD\v\xC1\v\xC5\v!\f5\f9\f=\fA\fE\fI\fM\fQ\fU\fY\fo\fq\fs\f\xA0\f\xBC\f\xDC\f\xE4\f\xEC\f\xF4\f\xFC\f\r\f\r\r"\r.\rz\r\x82\r\x85\r\x89\r\x8D\r\x9D\r\xB1\r\xB5\r\xBC\r\xC2\r\xC6\r(,026<>ACFw{\x89\x8E\x94\x9C\xA3\xA9\xB4\xBE\xC6\xCA\xCF\xD9\xDD\xE4\xEC\xF3\xF8
\x1B"(3=ELQW^cipv}\x82\x89\x8D\x9E\xA4\xA9\xAD\xB8\xBE\xC9\xD0\xD6\xDA\xE1\xE5\xEF\xFA\0	#)/269?EYay|\x80\x95\xA1\xB1\xC3\xCB\xCF\xDA\xDE\xEA\xF2\xF4\0AIMSWZnqu{}\x81\x84\x8C\x92\x96\x9C\xA2\xA8\xABo\xA7\xAF\xB3\xB7\x8D\xBF\r\x91\x96Tmsy\x7F\x8B\x97+\0\xA2\xBA\xBE\xC2\xC6\xCA\xCE\xE2\xE6Jc\x89\x8FMSXxx~\xD4x\x80\x9E\xA3\xB7\xC1\xC7\xDB\xE0\xE6\xF4$\x1B1\x1B9\x1B=\x1BS\x1B\xCA\x1B\xDC\x1B\xDE\x1B\xE0\x1Bd1!#%')+INS\x89\xCF\xDD\xE2\xEB\xF4\x07\f09>bprt\x94\xAF\xB1\xB3\xB5\xB7\xB9\xBB\xBD\xDD\xDF\xE1\xE3\xE5\xEC\xEE\xF0\xF2\x07	\v\r\x1B!\xF4#\x07"%"'/\xF41\x07"3"5=\xF4?\x07"A"CK\xF4M\x07"O"QY\xF4[\x07"]"_ikmoqsuwy\x81\xA4\xA8\xAE\xCB-\xD3\xDF,\xEF_k~\x90\xA3\xA5\xA9\xAF\xB5\xB7\xBB\xBD\xC5\xC8\xCA\xD0\xD2\xB50\xD80 F J L Q \x9E \xAF \xB0!\xC0!\xC6!\xC0"\xDE#\0\0\0\0\0\0 \x88 \x8423 \x81 \xA71o1\xD041\xD023\xD04A\x80A\x81A\x82A\x83A\x88A\x8A\0\0C\xA7E\x80E\x81E\x82E\x88I\x80I\x81I\x82I\x88\0\0N\x83O\x80O\x81O\x82O\x83O\x88\0\0\0\0U\x80U\x81U\x82U\x88Y\x81\0\0\0\0a\x80a\x81a\x82a\x83a\x88a\x8A\0\0c\xA7e\x80e\x81e\x82e\x88i\x80i\x81i\x82i\x88\0\0n\x83o\x80o\x81o\x82o\x83o\x88\0\0\0\0u\x80u\x81u\x82u\x88y\x81\0\0y\x88A\x84A\x86A\xA8C\x81C\x82C\x87C\x8CD\x8CE\x84E\x86E\x87E\xA8E\x8CG\x82G\x86G\x87G\xA7H\x82I\x83I\x84I\x86I\xA8I\x87IJijJ\x82K\xA7L\x81L\xA7L\x8CL\0\0k kN\x81N\xA7N\x8C\xBCnO\x84O\x86O\x8BR\x81R\xA7R\x8CS\x81S\x82S\xA7S\x8CT\xA7T\x8CU\x83U\x84U\x86U\x8AU\x8BU\xA8W\x82Y\x82Y\x88Z\x81Z\x87Z\x8CO\x9BU\x9BD\0}D\0~d\0~LJLjljNJNjnjA\0\x8CI\0\x8CO\0\x8CU\0\x8C\xDC\0\x84\xDC\0\x81\xDC\0\x8C\xDC\0\x80\xC4\0\x84&\x84\xC6\0\x84G\x8CK\x8CO\xA8\xEA\x84\xEB\x84\xB7\x8C\x92\x8Cj\0\x8CDZDzdzG\x81N\0\x80\xC5\0\x81\xC6\0\x81\xD8\0\x81A\x8FA\x91E\x8FE\x91I\x8FI\x91O\x8FO\x91R\x8FR\x91U\x8FU\x91S\xA6T\xA6H\x8CA\0\x87E\0\xA7\xD6\0\x84\xD5\0\x84O\0\x87.\x84Y\0\x84h\0fj\0r\0y{\x81w\0y\0 \x86 \x87 \x8A \xA8 \x83 \x8Bcl\0s\0x\0\x95\x80\x81\0\x93\x88\x81 \xC5 \x81\xA8\0\x81\x91\x81\x95\x81\x97\x81\x99\x81\0\0\0\x9F\x81\0\0\0\xA5\x81\xA9\x81\xCA\x81\x98\x07\xA4\x07\xB0\0\xB4\0\xB6\0\xB8\0\xCA\0\xB8\x07\xC4\x07\xBE\0\xC4\0\xC8\0\xA5\r\0\xD1\0\xD1\x07\xC6\xC0\xBA\xC1\xC2\0\0\x98\xB5\x80\x88\0\0\0\x81\x88\x81\x80#\x86\x868\x865\x805\x88\0\0\x003\x81V\x88:\x818\x80C\x86t\x8F\x86\x86\x88\x86\xD8\x88\x88\x88\x84\x88\x88\xE8\x88-\x88#\x84#\x88#\x8B'\x88+\x88e\x82'\0,\0-!-\0.#-'\0M!M\xA0M#M\xD5T\0\0\0\0\xC1T\xD2T(	<	0	<	3	<		\0'''\x07'\f'\r'''\xBE		\0	\xA1	\xBC	\xAF	\xBC	2
<
8
<

\0&&&+
<
G\vV\v>\v	\0	!\v<\v\x92\v\xD7\v\xBE\v\b\0	\0\bF\fV\f\xBF\f\xD5\f\xC6\f\xD5\f\xC2\f\0\b>\r\b\0	\0\b\xD9\r\xCA\r\xCA\r\0M2\xCD\xB2\x99\0\bB\xB7L\xB7Q\xB7V\xB7[\xB7@\xB5qrq\0A\xB2\x81\xB3\x80\xB3\x81q\x80\x92\xB7\x9C\xB7\xA1\xB7\xA6\xB7\xAB\xB7\x90\xB5%.\x1B5\x1B\0\0\0\0\x07\x1B5\x1B\0\0\0\0	\x1B5\x1B\0\0\0\0\v\x1B5\x1B\0\0\0\0\r\x1B5\x1B\x1B5\x1B:\x1B5\x1B\0\0\0\0<\x1B5\x1B>\x1B5\x1BB\x1B5\x1BA\0\xC6\0B\0\0\0D\0E\0\x8EG\0O\0"P\0R\0T\0U\0W\0a\0PQb\0d\0e\0Y[\\g\0\0\0k\0m\0Ko\0Tp\0t\0u\0ov\0%\xB2\xB3\xB4\xC6\xC7i\0r\0u\0v\0\xB2\xB3\xC1\xC6\xC7Rc\0U\xF0\0\\f\0_aehij{\x9Dm\x85\x9Fqprstux\x82\x83\xAB\x89\x8A\x8B\x8Cz\0\x90\x91\x92\xB8A\0\xA5B\0\x87B\0\xA3B\0\xB1\xC7\0\x81D\0\x87D\0\xA3D\0\xB1D\0\xA7D\0\xAD\x80\x81E\0\xADE\0\xB0(\x86F\0\x87G\0\x84H\0\x87H\0\xA3H\0\x88H\0\xA7H\0\xAEI\0\xB0\xCF\0\x81K\0\x81K\0\xA3K\0\xB1L\0\xA36\x84L\xB1L\xADM\x81M\x87M\xA3N\x87N\xA3N\xB1N\xAD\xD5\0\x81\xD5\0\x88L\x80L\x81P\0\x81P\0\x87R\0\x87R\0\xA3Z\x84R\0\xB1S\0\x87S\0\xA3Z\x87\`\x87b\x87T\0\x87T\0\xA3T\0\xB1T\0\xADU\0\xA4U\0\xB0U\0\xADh\x81j\x88V\x83V\xA3W\x80W\x81W\x88W\x87W\xA3X\x87X\x88Y\x87Z\x82Z\xA3Z\xB1h\xB1t\x88w\x8Ay\x8Aa\0\xBE\x7F\x87A\0\xA3A\0\x89\xC2\0\x81\xC2\0\x80\xC2\0\x89\xC2\0\x83\xA0\x82\x81\x80\x89\x83\xA0\x86E\0\xA3E\0\x89E\0\x83\xCA\0\x81\xCA\0\x80\xCA\0\x89\xCA\0\x83\xB8\x82I\0\x89I\0\xA3O\0\xA3O\0\x89\xD4\0\x81\xD4\0\x80\xD4\0\x89\xD4\0\x83\xCC\x82\xA0\x81\xA0\x80\xA0\x89\xA0\x83\xA0\xA3U\0\xA3U\0\x89\xAF\x81\xAF\x80\xAF\x89\xAF\x83\xAF\xA3Y\0\x80Y\0\xA3Y\0\x89Y\0\x83\xB1\0\x80\0\x81\0\xC2\x91\b\x80\b\x81\b\xC2\xB5\x80\x81\x95\x80\x81\xB7\x93\xB7\x94 \x80!\x80 \x81!\x81 \xC2!\xC2\x97\x93\x97\x94(\x80)\x80(\x81)\x81(\xC2)\xC2\xB9\x93\xB9\x940\x801\x800\x811\x810\xC21\xC2\x99\x93\x99\x948\x809\x808\x819\x818\xC29\xC2\xBF\x93\xBF\x94@\x80@\x81\x9FH\x80H\x81\xC5P\x80P\x81P\xC2\xA5\x94\0\0\0Y\x80\0\0\0Y\x81\0\0\0Y\xC2\xC9\x93\xC9\x94\`\x80a\x80\`\x81a\x81\`\xC2a\xC2\xA9\x93\xA9\x94h\x80i\x80h\x81i\x81h\xC2i\xC2\xB1\x80\xB5\x80\xB7\x80\xB9\x80\xBF\x80\xC5\x80\xC9\x80\0E E\`E\xB1\x86\xB1\x84p\xC5\xB1\xC5\xAC\xC5\0\0\0\xB1\xC2\xB6\xC5\x91\x86\x91\x84\x91\x80\x91\xC5 \x93 \x93 \xC2\xA8\0\xC2t\xC5\xB7\xC5\xAE\xC5\0\0\0\xB7\xC2\xC6\xC5\x95\x80\x97\x80\x97\xC5\xBF\x80\xBF\x81\xBF\xC2\xB9\x86\xB9\x84\xCA\x80\0\xB9B\xCAB\x99\x99\x99\0\xFE\x80\xFE\x81\xFE\xC2\xC5\x86\xC5\x84\xCB\x80\0\xC1\xC1\xC5B\xCBB\xA5\xA5\xA5\0\xA1\x94\xA8\0\x80\x85\`\0|\xC5\xC9\xC5\xCE\xC5\0\0\0\xC9\xC2\xF6\xC5\x9F\x80\xA9\x80\xA9\xC5 \x94           \xB3.....2 2 2 \0\0\x005 5 5 \0\0\0!!\0\0 \x85???!!?2 \0\0\0\x000i\0\x00456789+=()n0\0+\0"=\0(\0)\0\0\0a\0e\0o\0x\0YhklmnpstRsa/ca/s\xB0\0Cc/oc/u\xB0\0FH\0\0\0\0 \xDF$NoPQRRRSMTELTMK\0\xC5\0BC\0eEF\0Mo\xD0FAX\xC0\xB3\x93\xA0"Ddeij1\xD071\xD091\xD0101\xD032\xD031\xD052\xD053\xD054\xD051\xD065\xD061\xD083\xD085\xD087\xD081\xD0IIIIIIVVIVIIVIIIIXXIXIILCDMiiiiiiivviviiviiiixxixiilcdm0\xD03\x90!\xB8\x92!\xB8\x94!\xB8\xD0!\xB8\xD4!\xB8\xD2!\xB8"\xB8\b"\xB8\v"\xB8#"\xB8\0\0\0%"\xB8+"+"+"\0\0\0."."."\0\0\0<"\xB8C"\xB8E"\xB8\0\0\0H"\xB8=\0\xB8\0\0\0a"\xB8M"\xB8<\0\xB8>\0\xB8d"\xB8e"\xB8r"\xB8v"\xB8z"\xB8\x82"\xB8\x86"\xB8\xA2"\xB8\xA8"\xB8\xA9"\xB8\xAB"\xB8|"\xB8\x91"\xB8\xB2"8\b01\x001\x000\x0020(\x001\0)\0(\x001\x000\0)\0(20)1\0.\x001\x000\0.\x0020.(\0a\0)\0A\0a\0+"\0\0\0\0::======\xDD*\xB8jV\0N\0(6?Y\x85\x8C\xA0\xBA?Q\0&,CWl\xA1\xB6\xC1\x9BR\0^z\x7F\x9D\xA6\xC1\xCE\xE7\xB6S\xC8S\xE3S\xD7VW\xEBXY
YY'YsYP[\x80[\xF8[\\"\\8\\n\\q\\\xDB]\xE5]\xF1]\xFE]r^z^\x7F^\xF4^\xFE^\v__P_a_s_\xC3_\bb6bKb/e4e\x87e\x97e\xA4e\xB9e\xE0e\xE5e\xF0f\bg(g kbkyk\xB3k\xCBk\xD4k\xDBkll4lkp*r6r;r?rGrYr[r\xACr\x84s\x89s\xDCt\xE6tuu(u0u\x8Bu\x92uvv}v\xAEv\xBFv\xEEv\xDBw\xE2w\xF3w:y\xB8y\xBEytz\xCBz\xF9zs|\xF8|6\x7FQ\x7F\x8A\x7F\xBD\x7F\x80\f\x80\x803\x80\x7F\x80\x89\x80\xE3\x81\0\x07)8<\x8B\x8F\x95M\x86k\x86@\x88L\x88c\x88~\x89\x8B\x89\xD2\x89\0\x8A7\x8CF\x8CU\x8Cx\x8C\x9D\x8Cd\x8Dp\x8D\xB3\x8D\xAB\x8E\xCA\x8E\x9B\x8F\xB0\x8F\xB5\x8F\x91\x90I\x91\xC6\x91\xCC\x91\xD1\x91w\x95\x80\x95\x96\xB6\x96\xB9\x96\xE8\x96Q\x97^\x97b\x97i\x97\xCB\x97\xED\x97\xF3\x97\x98\xA8\x98\xDB\x98\xDF\x98\x96\x99\x99\x99\xAC\x99\xA8\x9A\xD8\x9A\xDF\x9A%\x9B/\x9B2\x9B<\x9BZ\x9B\xE5\x9Cu\x9E\x7F\x9E\xA5\x9E\0(,TXin{\x96\xA5\xAD\xE8\xF7\xFB0\0\0ASDSESK0\x990\0\0\0\0M0\x990\0\0\0\0O0\x990\0\0\0\0Q0\x990\0\0\0\0S0\x990\0\0\0\0U0\x990\0\0\0\0W0\x990\0\0\0\0Y0\x990\0\0\0\0[0\x990\0\0\0\0]0\x990\0\0\0\0_0\x990\0\0\0\0a0\x990d0\x990\0\0\0\0f0\x990\0\0\0\0h0\x990o0\x990r0\x990u0\x990x0\x990{0\x990F0\x990 \0\x990\x9D0\x990\x880\x8A0\xAB0\x990\0\0\0\0\xAD0\x990\0\0\0\0\xAF0\x990\0\0\0\0\xB10\x990\0\0\0\0\xB30\x990\0\0\0\0\xB50\x990\0\0\0\0\xB70\x990\0\0\0\0\xB90\x990\0\0\0\0\xBB0\x990\0\0\0\0\xBD0\x990\0\0\0\0\xBF0\x990\0\0\0\0\xC10\x990\xC40\x990\0\0\0\0\xC60\x990\0\0\0\0\xC80\x990\xCF0\x990\xD20\x990\xD50\x990\xD80\x990\xDB0\x990\xA60\x990\xEF0\x990\xFD0\x990\xB30\xC80\0\0\xAA\xAC\xAD\xB0\xB1\xB2\xB3\xB4\xB5\x07\b!	aL\0\xB3\xB4\xB8\xBA\xBF\xC3\xC5\b\xC9\xCB	
\f\x1B",38\xDD\xDECDEpqt}~\x80\x8A\x8D\0N\x8CN	N\xDBV
N-N\vN2uYNNN)Y0W\xBAN(\0)\0\0\x07	\v\f(\0\0a)\0(\0a)\0(\0a)\0(\0	a)\0(\0\va)\0(\0a)\0(\0\fn)\0(\0\vi\fe\xAB)\0(\0\vin)\0(\0)\0\0N\x8CN	N\xDBV\x94NmQNkQ]NAS\bgkp4l(g\xD1\x91W\xE5e*h	g>y\rTyr\xA1\x8C]y\xB4R\xE3N|Tf[\xE3vO\xC7\x8CTSmyO\xEA\x81\xF3\x81OU|^\x87e\x8F{PTE2\x001\x003\x000\0\0\0\x07	\v\f\0\0aaaaa\x07a	a\va\faa\0a\xB7\0i\vc\0i\vn\0N\x8CN	N\xDBV\x94NmQNkQ]NAS\bgkp4l(g\xD1\x91W\xE5e*h	g>y\rTyr\xA1\x8C]y\xB4R\xD8y7usYi\x90*QpS\xE8l\x98O\x99Qck
N-N\vN\xE6]\xF3S;S\x97[f[\xE3vO\xC7\x8CTSY3\x006\x004\x000\x00501\0\bg1\x000\0\bgHgergeVLTD\xA20\0\b	\v\r\x1B"$&()*+,-0369<=>?@BDFGHIJKMNOP\xE4N\x8CT\xA100['J4\0R9\xA20\0ZI\xA40\0'O\f\xA40\0OO\xA80\0\x07T!\xA80\0TT\xA40OX<\x07\0F\xAB0\0>\0B?Q\xAC0\0AG\0G2\xAE0\xAC0\xAE0\0N\xAD0\x008=O>O\xAD0\xED0\xAD0\0@<3\xAD0\0@4O\x1B>\xAD0\0@B\x1B\xB00\x0090\xA40\fE<$O\vG\0I\xAF0\0>M\xB10\0K\b:K,\xA40\0\vG\xB50\0>\fG+\xB00\x07:C\0\xB90:\b:\x07C\0\xB70\04<\xA40*$+\0 \xBB0A\x008\r\xC40\r8\0\xD00\0,\x1B\xA202\0&I\xAF0%\0<\xB30!\0 8\xA104\0H"(\xA302\0Y%\xA70/\0D\xD50\0\xAF0)\0M<\xDA0\xBD0\xB80" 3\f";"D\0!D\x07\xA409\0O$\xC80#\0\xDB0\xF30\xC90*\03"3*\xA40:\0\vI\xA40:\0G:+:G\v\xB70'<\x000<\xAF00\0>D\xDF0\xEA0\xD00\0,\x1B\xE10\xAC0\xAC05\0G5P?\xA20BZ'BZID\0Q\xC30'\0(\xEA0\xE90\xD40\0(\xD60&\0\xEC0\xE00\xB20:A\0A\xC30,\00\0\xB9p1\x000\0\xB9p2\x000\0\xB9phPadaAUbaroVpcdmd\0m\0\xB2\0I\0U\0s^b-f\x8CT'Yckf\xBBl*h_O>yp\0An\0A\xBCAm\0Ak\0AK\0BM\0BG\0Bcalkcalp\0Fn\0F\xBCF\xBCgm\0gk\0gH\0zkHzMHzGHzTHz\xBC!m\0!d\0!k\0!f\0mn\0m\xBCmm\0mc\0mk\0mc\0

O\0
Om\0\xB2\0c\0\b
O

P\0
Pm\0\xB3\0k\0m\0\xB3\0m\0"s\0m\0"s\0\xB2\0PakPaMPaGParadrad\xD1sr\0a\0d\0"s\0\xB2\0p\0sn\0s\xBCsm\0sp\0Vn\0V\xBCVm\0Vk\0VM\0Vp\0Wn\0W\xBCWm\0Wk\0WM\0Wk\0\xA9M\0\xA9a.m.BqcccdC\xD1kgCo.dBGyhaHPinKKKMktlmlnloglxmbmilmolPHp.m.PPMPRsrSvWbV\xD1mA\xD1m1\0\xE5e1\x000\0\xE5e2\x000\0\xE5e3\x000\0\xE5egalJLSCFQ&S'\xA77\xABkR\xABH\x8C\xF4f\xCA\x8E\xC8\x8C\xD1n2N\xE5S\x9C\x9F\x9C\x9FQY\xD1\x91\x87UHY\xF6aiv\x85\x7F?\x86\xBA\x87\xF8\x88\x8F\x90j\x1Bm\xD9p\xDEs=\x84j\x91\xF1\x99\x82NuSk\x1Br-\x86\x9EP]\xEBo\xCD\x85d\x89\xC9b\xD8\x81\x88\xCA^gjm\xFCr\xCE\x90\x86O\xB7Q\xDER\xC4d\xD3jr\xE7v\x80\x86\\\x86\xEF\x8D2\x97o\x9B\xFA\x9D\x8Cx\x7Fy\xA0}\xC9\x83\x93\x7F\x9E\xD6\x8A\xDFX_\`|~\x80br\xCAx\xC2\x8C\xF7\x96\xD8Xb\\j\xDAmo/}7~K\x96\xD2R\x8B\x80\xDCQ\xCCQz\xBE}\xF1\x83u\x96\x80\x8B\xCFbj\xFE\x8A9N\xE7[\`\x87spuS\xFBx\xBFO\xA9_\rN\xCClxe"}\xC3S^XwI\x84\xAA\x8A\xBAk\xB0\x8F\x88l\xFEb\xE5\x82\xA0ceu\xAENiQ\xC9Q\x81h\xE7|o\x82\xD2\x8A\xCF\x91\xF5RBTsY\xEC^\xC5e\xFEo*y\xAD\x95j\x9A\x97\x9E\xCE\x9E\x9BR\xC6fwkb\x8Ft^\x90a\0b\x9Ad#oIq\x89t\xCAy\xF4}o\x80&\x8F\xEE\x84#\x90J\x93R\xA3R\xBDT\xC8p\xC2\x88\xAA\x8A\xC9^\xF5_{c\xAEk>|us\xE4N\xF9V\xE7[\xBA]\`\xB2sit\x9A\x7FF\x804\x92\xF6\x96H\x97\x98\x8BO\xAEy\xB4\x91\xB8\x96\xE1\`\x86N\xDAP\xEE[?\\\x99ej\xCEqBv\xFC\x84|\x90\x8D\x9F\x88f.\x96\x89R{g\xF3gAm\x9Cn	tYukx}^\x98mQ.bx\x96+P]\xEAm*\x8F\x8B_Dah\x87s\x86\x96)RTe\\fNg\xA8h\xE5lt\xE2uy\x7F\xCF\x88\xE1\x88\xCC\x91\xE2\x96?S\xBAnT\xD0q\x98t\xFA\x85\xA3\x96W\x9C\x9F\x9E\x97g\xCBm\xE8\x81\xCBz {\x92|\xC0r\x99pX\x8B\xC0N6\x83:R\x07R\xA6^\xD3b\xD6|\x85[m\xB4f;\x8FL\x88M\x96\x8B\x89\xD3^@Q\xC0U\0\0\0\0ZX\0\0tf\0\0\0\0\xDEQ*s\xCAv<y^yey\x8FyV\x97\xBE|\xBD\x7F\0\0\x86\0\0\xF8\x8A\0\0\0\x008\x90\xFD\x90\xEF\x98\xFC\x98(\x99\xB4\x9D\xDE\x90\xB7\x96\xAEO\xE7PMQ\xC9R\xE4RQS\x9DUVhV@X\xA8Xd\\n\\\x94\`ha\x8Ea\xF2aOe\xE2e\x91f\x85hwmn"onq+r"t\x91x>yIyHyPyVy]y\x8Dy\x8Ey@z\x81z\xC0{\xF4}	~A~r\x7F\x80\xED\x81y\x82y\x82W\x84\x89\x96\x89\x8B9\x8B\xD3\x8C\b\x8D\xB6\x8F8\x90\xE3\x96\xFF\x97;\x98u\`\xEEB\x82&N\xB5QhQ\x80OEQ\x80Q\xC7R\xFAR\x9DUUU\x99U\xE2UZX\xB3XDYTYbZ([\xD2^\xD9^i_\xAD_\xD8\`Na\ba\x8Ea\`a\xF2a4b\xC4cdRdVetfg\x1BgVgyk\xBAkAm\xDBn\xCBn"opnq\xA7w5r\xAFr*sqtu;uvv\xCAv\xDBv\xF4vJw@w\xCCx\xB1z\xC0{{|[}\xF4}>\x7F\x80R\x83\xEF\x83y\x87A\x89\x86\x89\x96\x89\xBF\x8A\xF8\x8A\xCB\x8A\x8B\xFE\x8A\xED\x8A9\x8B\x8A\x8B\b\x8D8\x8Fr\x90\x99\x91v\x92|\x96\xE3\x96V\x97\xDB\x97\xFF\x97\v\x98;\x98\x9B\x9C\x9FJ(D(\xD53\x9D;@9@IR\xD0\\\xD3~C\x9F\x8E\x9F*\xA0fffiflffiffl\x7Fts\0te\0\b\xD9\xB4\0\0\0\0\xF2\xB7\xD0\0\v\f\r\xE9\xC1\xE9\xC2I\xFB\xC1I\xFB\xC2\xD0\xB7\xD0\xB8\xD0\xBC\xD8\xBC\xDE\xBC\xE0\xBC\xE3\xBC\xB9-./01\0"+\xD0\xDCq\0\0



\r\r\r\r				\b\b\b\b33335555\x1B\x1B''  8888>>>>BBBB@@@@IIJJJJOOPPPPMMMMaabbIdddd~~}}\x7F\x7F.\x82\x82||\x80\x80\x87\x87\x87\x87\0\0&\0\0\0\xAF\0\xAF\0"\0"\0\xA1\0\xA1\0\xA0\0\xA0\0\xA2\0\xA2\0\xAA\0\xAA\0\xAA\0#\0#\0#\xCC\0\0\0\0&\0\0\x07\0\0#\0$\x07\b#$\x07\b#$#$\x07\x07\x07\b\b\x07\b\r\r\x07\r\b\r\x07\x07\b\x07\x1B\x1B\x07\x1B\b\x1B\x1B#\x1B$\x07#$\x07\b#$\x07\b#$\x07\b#$  \x07 \b  # $!!!#!$$$\x07$\b$$#$$
J\vJ#J \0LQQ\xFF\0&\0\v\0\f\0\0 \0#\0$\v\f #$\v\f& #$\v\f #$\x1B#\x1B$#$#$#$ \v \f    # $#J$\v$\f$$ $#$$\0\0\x07\0\b\0\0!\x07\b!\x07\b!\x07\x07\x07\b\b\r\r\x07\r\b\r\x07\b\x07\b\x07\x1B\x1B\x07\x1B\b\x1B\x07\x07\b\x07\b!\x07\b  \x07 \b  !!!!J$$\x07$\b$$!\0\0!!!!\r\r!!  !$$!@NQ'"#"#"#\f"\f#\r"\r#"#"#\x07"\x07#"#"#\r\r\r\x07\r\r
\f


"#"#"#\f"\f#\r"\r#"#"#\x07"\x07#"#"#\r\r\r\x07\r\r
\f


\r\r\r\x07\r\f \r \f\f\f\x07\r\r\r\x07\0$\0$*\0\x1B\0\0\0\x1B\0\x1B\0\x1B\0\x1B\0\x1B\x1B\x1B\x1B \x1B				\x1B	\x1B	\x1B	\x1B\x1B	\x1B\x1B\v\v\v\x1B\x1B
\x1B
\x1B
 
\x1B
\x1B
\x1B\x1B
\x1B\x1B\f\f\x1B\f\x1B\r\x1B\r\x1B\r\x1B\x1B\r\x1B \x1B\x1B\x1B\x1B\x1B\x1B\x1B\x1B\x1B \x1B\x1B\x1B\x1B\x1B\x1B\x1B \x1B\x1B\x1B\x1B\x1B\x1B\x1B\x1B \x1B\x1B\x1B\x1B\x1B\x1B(!!"!""\0""!"!"!"!!\v!\r"\f""""""""""""""\x1B""\x1B""""\0"\x1B\r\v""5\0\x9D\r\x9D'\0 \0
\b
\f!# !\f5\0'"\xFF\0 \xFF# \xFF!\f'\xFF\0 '
\xA5\0,\000:\0;\0!\0?\000&  \0__(){}\b0\f\r\b	\0\x07[\0]\0> > > > _\0_\0_\0,\00.\0\0\0;\0:\0?\0!\0 (\0)\0{\0}\000#&*+-<>=\0\\$%@@\xFF\v\0\v\xFF\f \0M@\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0!\0\x07\x07\x07\x07\b\b				



\v\v\v\v\f\f\f\f\r\r\r\r    !!!!""""####$$$$%%%%&&&&''(())))""\0"\0""""""!\0\x85)0\v\f\0\xFA\xF1\xA0\xA2\xA4\xA6\xA8\xE2\xE4\xE6\xC2\xFB\xA1\xA3\xA5\xA7\xA9\xAA\xAC\xAE\xB0\xB2\xB4\xB6\xB8\xBA\xBC\xBE\xC0\xC3\xC5\xC7\xC9\xCA\xCB\xCC\xCD\xCE\xD1\xD4\xD7\xDA\xDD\xDE\xDF\xE0\xE1\xE3\xE5\xE7\xE8\xE9\xEA\xEB\xEC\xEE\xF2\x98\x9911O1U1[1a1\xA2\0\xA3\0\xAC\0\xAF\0\xA6\0\xA5\0\xA9 \0\0%\x90!\x91!\x92!\x93!\xA0%\xCB%\xD2\x07\xDA\x07\xD0\xD1\xE6\0\x99S\0\0\xA3f\xAB\xA5\xA4VW\x91X^\xA9db\`\x9B'\x9Cg\x84\xAA\xABl\xDF\x8E\xA7n\xDF\x8E\xDF\xF8\0vwq\0z\b\xDF}~\x80\xA8\xA6g\xAB\xA7\x88q,\0\0\x8F\xA1\xA2\x98\xC0\xC1\xC2
\xDF\xDFA@\0\0\0\0\x99\xBA\0\0\0\0\x9B\xBA\xA5\xBA1'2'UG>GWU\x82\xC9\0\0\0\0\x84\xBB\x8B\xC2\x90\xC9\xC2\xC2\0\0\0\0\xC2\xB8\xC2\xC9U\xB9\xBA\xB9\xB0\0\0\0\0\xB9\xBDUP\xB8\xAF\xB9\xAFU50aaa)aaa)aaa a!aa"aa!a aUUUUgmgmcmgmimgmUA\x000\0W\xD1e\xD1X\xD1e\xD1_\xD1n\xD1_\xD1o\xD1_\xD1p\xD1_\xD1q\xD1_\xD1r\xD1UUU\xB9\xD1e\xD1\xBA\xD1e\xD1\xBB\xD1n\xD1\xBC\xD1n\xD1\xBB\xD1o\xD1\xBC\xD1o\xD1UUUA\0a\0A\0a\0i\0A\0a\0A\0CD\0\0G\0\0JK\0\0NOPQ\0STUVWXYZabcd\0fh\0p\0A\0a\0AB\0DEFGJ\0S\0a\0AB\0DEFG\0IJKLM\0OS\0a\0A\0a\0A\0a\0A\0a\0A\0a\0A\0a\0A\0a\x0017\x91\xA3\xB1\xD1$\0 \x91\xA3\xB1\xD1$\0 \x91\xA3\xB1\xD1$\0 \x91\xA3\xB1\xD1$\0 \x91\xA3\xB1\xD1$\0 \v\f0\x000\x000\x000\x000\x000:>KMN\x89\xA60\xA9&(\xB9\x7F\x9F\0\x07\b
\v\x1Ba&%/{Q\xA6\xB1'\0\b*\b\r \x1B	\v\x07
\0\fD\x90wE(,\0\0G3\04*+.\0\x006\0\0:-\0\0J\0\0D\0\0F39\0\x005B\0\x004\0\0\0\0.\0\x006\0\0:\0\0\xBA\0\0o\0\0(,\0\0G\0\0\0\0-7JC\0\0EF39A5B\0\x004*+.\0\x0068:n\0\0\xA1'\0\b !\v#*\x1B	\v\x07
\0\f(,/\0\0H2-7J*\x1B	\v\x07
\0\f0.0\0,\0(\0A\0)\00S\00CRCDWZA\0HVMVSDSSPPVWCMCMDMRDJK00\0hhKbW[\xCCS\xC70\x8CNY\xE3\x89)Y\xA4N f!q\x99eMR\x8C_\x8DQ\xB0eRB}u\xA9\x8C\xF0X9To\x95bUc\0N	NJ\x90\xE6]-N\xF3S\x07cp\x8DSb\x81yzz\bT\x80n	g\bg3urR\xB6UM\x9100,g	N\x8CN\x89[\xB9pSb\xD7v\xDDRWe\x97_\xEFS0\x008N\0	"\`O\xAEO\xBBOPzP\x99P\xE7P\xCFP\x9E4:MQTQdQwQ\xB94gQ\x8DQK\x97Q\xA4Q\xCCN\xACQ\xB5Q\xDF\x91\xF5QR\xDF4;RFRrRwR5\0 \x80\x80\0\b\0\0\xC7R\03>?P\x82\x8A\x93\xAC\xB6\xB8\xB8\xB8,
pp\xCAS\xDFSc\v\xEBS\xF1ST\x9ET8THThT\xA2T\xF6TUSUcU\x84U\x84U\x99U\xABU\xB3U\xC2UWVWQVtV\x07R\xEEX\xCEW\xF4W\rX\x8BW2X1X\xACX\xE4\xF2X\xF7XYY"YbY\xA8\xEA\xECY\x1BZ'Z\xD8YfZ\xEE6\xFC6\b[>[>[\xC8\xC3[\xD8[\xE7[\xF3[\x1B\xFF[\\S_"\\\x817\`\\n\\\xC0\\\x8D\\\xE4C]\xE6n]k]|]\xE1]\xE2]/8\xFD](^=^i^b8\x83!|8\xB0^\xB3^\xB6^\xCA^\x92\xA3\xFE^1#1#\x82"_"_\xC78\xB82\xDAab_k_\xE38\x9A_\xCD_\xD7_\xF9_\x81\`:99\x94\`\xD4&\xC7\`\0\0\0\0\0\0\0\b\0
\0\0\b\0\x80\b\0\0\b\x80(\x80\0\0Ha\02Fj\\g\x96\xAA\xAE\xC8\xD3]b\0Tw\xF3\f+=c\xFCbhc\x83c\xE4c\xF1+"d\xC5c\xA9c.:id~d\x9Ddwdl:Oele
0\xE3e\xF8fIf;\x91f\b;\xE4:\x92Q\x95Q\0g\x9Cf\xAD\x80\xD9Cg\x1Bg!g^gSg\xC33I;\xFAg\x85gRh\x85hm4\x8Ehhi\x9D;Bi\xA3i\xEAi\xA8j\xA36\xDBj<!k\xA78TkN<rk\x9Fk\xBAk\xBBk\x8D:\v\xFA:Nl\xBC<\xBFl\xCDlglm>mwmAmimxm\x85m=4m/nnn3=\xCBn\xC7n\xD1>\xF9mno^?\x8E?\xC6o9pp\x1Bp\x96=Jp}pwp\xADp%EqcB\x9Cq\xABC(r5rPr\bF\x80r\x95r5G \0\0 \0\0\0\0\b\x80\0\0\x80\x8A\0\0 \0\b
\0\x80\x88\x80 Hzs\x8Bs\xAC>\xA5s\xB8>\xB8>Gt\\tqt\x85t\xCAt\x1B?$u6L>u\x92Lpu\x9F!v\xA1O\xB8ODP\xFC?\b@\xF4v\xF3P\xF2PQ3QwwwJw9@\x8BwF@\x96@TNx\x8Cx\xCCx\xE3@&VVy\x9AV\xC5V\x8Fy\xEBy/A@zJzOz|Y\xA7Z\xA7Z\xEEzB\xAB[\xC6{\xC9{'B\x80\\\xD2|\xA0B\xE8|\xE3|\0}\x86_c}C\xC7}~E~4C(bGbYC\xD9bz\x7F>c\x95\x7F\xFA\x7F\x80\xDAd#e\`\x80\xA8ep\x80_3\xD5C\xB2\x80\x81\vD>\x81\xB5Z\xA7g\xB5g\x933\x9C3\x82\x82\x9E\x8FkD\x91\x82\x8B\x82\x9D\x82\xB3R\xB1\x82\xB3\x82\xBD\x82\xE6\x82<k\xE5\x82\x83c\x83\xAD\x83#\x83\xBD\x83\xE7\x83W\x84S\x83\xCA\x83\xCC\x83\xDC\x836lkm\0\0 "*\xA0
\0 \x80(\0\xA8  \0\x80"\x8A\b\0\xAA\0\0\0\0\0(\xD5l+E\xF1\x84\xF3\x84\x85\xCAsd\x85,o]EaE\xB1o\xD2pkEP\x86\\\x86g\x86i\x86\xA9\x86\x88\x86\x87\xE2\x86y\x87(\x87k\x87\x86\x87\xD7E\xE1\x87\x88\xF9E\`\x88c\x88gv\xD7\x88\xDE\x885F\xFA\x88\xBB4\xAExfy\xBEF\xC7F\xA0\x8A\xED\x8A\x8A\x8BU\x8C\xA8|\xAB\x8C\xC1\x8C\x1B\x8Dw\x8D/\x7F\b\xCB\x8D\xBC\x8D\xF0\x8D\xDE\b\xD4\x8E8\x8F\xD2\x85\xED\x85\x94\x90\xF1\x90\x91.\x87\x1B\x918\x92\xD7\x92\xD8\x92|\x92\xF9\x93\x94\xFA\x8B\x8B\x95\x95I\xB7\x95w\x8D\xE6I\xC3\x96\xB2]#\x97E\x91\x92nJvJ\xE0\x97
\x94\xB2J\x96\x94\v\x98\v\x98)\x98\xB6\x95\xE2\x983K)\x99\xA7\x99\xC2\x99\xFE\x99\xCEK0\x9B\x9B@\x9C\xFD\x9C\xCEL\xEDLg\x9D\xCE\xA0\xF8L\xA1\xA2\x91\xA2\xBB\x9EVM\xF9\x9E\xFE\x9E\x9F\x9F\x9F;\x9F\0\xA6\x88\xA0\0\0\0\0\x80\0(\0\b\xA0\x80\xA0\x80\0\x80\x80\0
\x88\x80\0\x80\0 *\0\x80D "M\0\x97 \xC6\0\xE7\0E\x07\0\x9C\b\0M	\0<\v\0=\r\x006\x008 :\0\xCB \xF2\x1B\0\xC3 \xD0 \0\0.\0,\xA8\0\xBE\xAA\0v\xFA\x80!\xE9\xC3?\x98!g\xD1\x8F\xE0!\xF6\xE6K\xE9\0\0\0\0\0\0\xB2\xCF\xD4\0\xE8\xDC\0\xE8\0\xD8\xDC\xCA\xDC\xCA
\xDC\xDC\xC7\0\xF0\xC0\xDC\xC2\xDC\x80\xC2\xDC\xC0\0\xE8\xDC\xC0A\xE9\0\xEAA\xE9\0\xEA\0\xE9\xCC\xB0\xE2\xC4\xB0\xD8\0\xDC\xC3\0\xDC\xC2\0\xDE\0\xDC\xC5\xDC\xC1\0\xDC\xC1\0\xDE\0\xE4\xC0I
C\x80\0\x80A\x80\xC0\0\xDC\x80\0\xB0\xC7B\xAFG\x1B\xC1\xDC\xC4\0\xDC\xC1\0\xDC\x8F\0#\xB04\xC6\x81\xC3\0\xDC\xC0\x81\xC1\x80\0\xDC\xC1\0\xDC\xA2\0$\x9D\xC0\0\xDC\xC1\0\xDC\xC1\xDC\xC0\xDC\xC0\0\xDC\xC2\0\xDC\xC0\0\xDC\xC0\0\xDC\xC0\0\xDC\xC1\xB0o\xC6\0\xDC\xC0\x88\0\xDC\x97\xC3\x80\xC8\x80\xC2\x80\xC4\xAA\xDC\xB0
\xC1\xDC\xC3\xA9\xC4\xDC\xCD\x80\0\xDC\xC1\0\xDC\xC1\0\xDC\xC2\xDCB\x1B\xC2\0\xDC\xC1\xDC\xC4\xB0\v\0\x07\x8F\0	\x82\xC0\0\xDC\xC1\xB06\0\x07\x8F\0	\xAF\xC0\xB0\f\0\x07\x8F\0	\xB0=\0\x07\x8F\0	\xB0=\0\x07\x8F\0	\xB0N\0	\xB0=\0\x07\x8F\0	\x86\0T\0[\xB04\0\x07\x8F\0	\xB0<	\x8F\0	\xB0K\0	\xB0<g\0	\x8Ck\xB0;v\0	\x8Cz\xB0\x1B\xDC\x9A\0\xDC\x80\0\xDC\x80\0\xD8\xB0A\x81\x80\0\x84\x84\x82\x81\0\x82\x80\xC1\0	\x80\xC1\xB0\r\0\xDC\xB0?\0\x07\x80	\xB0!\0\xDC\xB2\x9E\xC2\xB3\x83	\x9D\0	\xB0l\0	\x89\xC0\xB0\x9A\0\xE4\xB0^\0\xDE\xC0\0\xDC\xB0\xAA\xC0\0\xDC\xB0\0	\x93\xC7\x81\0\xDC\xAF\xC4\xDC\xC1\0\xDC\x80\xDC\xC1\xDC\xC4\0\xDC\xD1\0\xDC\x81\xC5\0\xDC\xC3\0\xEA\xB0\0\x07\x8E\0	\xA5\xC0\0\xDC\xC6\xB0	\xB0	\0\x07\x8A	\xB0\0\x07\xB0g\xC2A\0\xDC\xC1\xDC\xC0A\0\x83\0\xDC\x85\xC0\x82\xC1\xB0\x95\xC1\0\xDC\xC6\0\xDC\xC1\0\xEA\0\xD6\0\xDC\0\xCA\xE4\0\xE8\xE4\0\xDC\0\xDA\xC0\0\xE9\0\xDC\xC0\0\xDC\xB2\x9F\xC1\xC3\xC1\x83\xC0\x82\xC0\0\xDC\xC0\xDC\xC0\xB8\xCD\xC2\xB0\\\0	\xB0/\xDF\xB1\xF9\0\xDA\0\xE4\0\xE8\0\xDE\xE0\xB08\b\xB8m\xA3\xC0\x83\xC9\x9F\xC1\xB0\xC1\xB0\xE3\0	\xA4\0	\xB0f\0	\x9A\xD1\xB0\b\xDC\xA4\0	\xB0.\0\x07\x8B\0	\xB0\xBE\xC0\x80\xC1\0\xDC\x81\xC1\x84\xC1\x80\xC0\xB0\0	\xB0\xC5\0	\xB8F\xFF\0\xB2\xD0\xC6\xDC\xC1\xB3\x9C\0\xDC\xB0\xB1\0\xDC\xB0d\xC4\xB6a\0\xDC\x80\xC0\xA7\xC0\0\0\xDC\x83\0	\xB0t\xC0\0\xDC\xB2\f\xC3\xB0\xC4\xB1\f\xC1\xB0\xDC\x80\xDC\xB0\xDC\xC2\0\xDC\xC0\xDC\xB0\0\xC0\0\xDC\xC0\0\xDC\xB0\x8F\0	\xA8\0	\x8D\0	\xB0\b\0	\0\x07\xB0\xC2\xAF	\xB0\r\0\x07\xB0\x1B\0	\x88\0\x07\xB09\0	\0\x07\xB0\x81\0\x07\0	\xB0\x07\x8F\0	\x97\xC6\x82\xC4\xB0(	\xB0@\0	\x82\0\x07\x96\xC0\xB02\0	\0\x07\xB0\xCA\0	\0\x07\xB0M\0	\xB0E\0	\0\x07\xB0B\0	\xB0\xDC\0	\0\x07\xB0\xD1	\x83\0\x07\xB0k\0	\xB0"\0	\x91\0	\xB0 \0	\xB1t\0	\xB0\xD1\0\x07\x80	\xB0 \0	\xB1x	\xB89\xBB\0	\xB8\x8F\xB0
\xC6\xB4\x88\xB8D{\0\xB8\f\x95\xD8\x82\0\xE2\xD8\x87\x07\xDC\x81\xC4\xDC\x9D\xC3\xB0c\xC2\xB8\x8A\xC6\x80\xD0\x81\xC6\x80\xC1\x80\xC4\xB03\xC0\xB0o\xC6\xB1F\xC0\xB0\f\xC3\xB1\xCB\xE8\0\xDC\xC0\xB0\xCD\xC0\0\xDC\xB0\xC2\xC0\x81\xC0\x86\xC1\x84\xC0\xB1\xA9\xDC\xB0<\xC5\0\x07\0\0\0\0\0\0\0J\xC0IJ\x80\x81\x82\x83\xC0\xC2\0
\x84B$\x85\xC0\x07\x80	\x82	@$\x80"\xC4\x82"\x84"\x86"\xC6\xC8\xCA\xCC\x87\x8A"\xCE\x8C"\x90"\x92"\x8E"\x88\x89\x8A\x82$\0\x8B\x80$\b\x84	\x86	X$
\x98"\x9A"\x9E"\0	
\xA0"\f@\b\xA2"\xA6"\xC0	\xA4"\xA8"\xAA"\x8C\x8D\x8E@BD\x80\x8F\x8E$\xC2\x07\x88	\x8A	\x90$F\xAC"\0\xB0"B\b\xB2"\xB4"@D\xB6"B\xC2"\xC0"\xC4"\xC6"\xC8"@	\xC0\x91\xCA"\xC4\xCC"\xC2\xD0"\xCE"\x92\x93\x94\x95@B\b
\x96\x94$D\xC4\x07\x8C	\x8E	\xC0\x92$D\b\b#
#\x80\f#\x84\x90	\x92	#\x82#\x86\x88#\x8C#\x98	\x8A#\x90 #\x9A	\x8E$#"#\x99\x9A\x9B\xC0\xC2\xC4\x9C\xAC$\xC6\xC8\xC6\x07\x94	\x96	\0\x07\xAA$&#\xCA*#(#@#B#D#F#\xCCJ#H#L#N#P#\xB8$\x9D\xCE\xBE$\f
R#\0\xBC$\xBA$@T#BDV#X#\xA0\xA1\xA2\xA3\xC1\xC3
\xA4C$\xA5\xC1\x07\x81	\x83	A$\x81"\xC5\x83"\x85"\x87"\xC7\xC9\xCB\xCD\xA7\x8B"\xCF\x8D"\x91"\x93"\x8F"\xA8\xA9\xAA\x83$\xAB\x81$	\x85	\x87	Y$
\x07\x99"\x9B"\x9F"	\v\xA1"\rA\b\xA3"\xA7"\xC1	\xA5"\xA9"\xAB"\x80#\xAC\xAD\xAEACE\xAF\x8F$\xC3\x07\x89	\x8B	\x91$G\xAD"\x84\b\xB1"C\b\xB3"\xB5"AE\xB7"C\xC3"\xC1"\xC5"\xC7"\xC9"A	\xC1\xB1\xCB"\xC5\xCD"\xC3\xD1"\xCF"\xB2\xB3\xB4\xB5AC	
\xB6\x95$E\xC5\x07\x8D	\x8F	\xC1\x93$E\b	#\v#\x81\r#\x85\x91	\x93	#\x83#\x87\x89#\x8D#\x99	\x8B#\x81#\x91!#\x9B	\x8F%###\xB9\xBA\xBB\xC1\xC3\xC5\xBC\xAD$\xC7\xC9\xC7\x07\x95	\x97	\x07\xAB$'#\xCB+#)#A#C#E#G#\xCDK#I#\x82#M#O#Q#\xB9$\xBD\xCF\xBF$\r
S#\xBF\xBD$\x83#\xBB$AU#CEW#Y#1\x80\f\0.F$D$J$H$\0\bB	D	\b\x88"\x86$\x84$\x8A$\x88$\xAE"\x98$\x96$\x9C$\x9A$\0#
#
F	\xCE\x07\xCA\x07\xC8\x07\xCC\x07G$E$K$I$\bC	E	\b\x89"\x87$\x85$\x8B$\x89$\xAF"\x99$\x97$\x9D$\x9B$#\x07
#
G	\xCF\x07\xCB\x07\xC9\x07\xCD\x07P$N$T$R$Q$O$U$S$\x94"\x96"\x95"\x97"###\x07####\x1B#,#-#.#/#\0$\xA2$\xA0$\xA6$\xA4$\xA8$\xA3$\xA1$\xA7$\xA5$\xA9$\xB0$\xAE$\xB4$\xB2$\xB6$\xB1$\xAF$\xB5$\xB3$\xB7$\x82\b\x80\b\x81\b\b\b\x9C"\x9D"

\v
\x83\b@\v\x8A,\x81\f\x89,\x88,@%A%\0-\x07.\0\r@&A&\x80.\r\xC8&\xC9&\0/\x84/\r\x83/\x82/@\r\xD8&\xD9&\x861\r@'A'\x001\x860\r\x850\x840A\r@(\x002\x07\rO(P(\x802\x84,.W(B\r\x81,\x80,\xC0$\xC1$\x86,\x83,\xC0(C\r\xC0%\xC1%@)D\r\xC0&\xC1&..\xC0)E\r//\x80\r\xD0&\xD1&\x80/@*\x82\r\xE0&\xE1&\x800\x810\xC0*\x83\r00\x81\r\xC0'\xC1'\x820@+\x84\rG(H(\x841\x811/\b\r\x81/0F\r\x830\x821\0@\x80\x82\0\xC0@\x81@\xC0B\x80D\x84\x82\x86\x88\x8A\xC0\x82\x81\x83C@\xC1AA\xC1A\0C\xC0E\x85\xC2\x87\x89\x8B\xC1\x83\x80\0\0\x80\x81@ACBD\xC2\0\xC0@\x80\xC0@A@\0A\xC0\0@\x80\0\xC0\xC1@BA\x80\xC0\xC2\xC1\x80\xC0\xC0\x80\0    \b @ \x80 \x82 \xC0 \xC1 \0!\xB8"\xB9"####L$V$M$W$\x8C$\x8D$\x9E$\x9F$\0%%%\xC0+%%%\xC1+\xC2+\xC3+\xC4+\xC5+\xC6+\xC7+\x80%\x82%\x84%\xC8+\x81%\x83%\x85%\xC9+\xCA+\xCB+\xCC+\xCD+\xCE+\xCF+\0&&&&\x80&\x82&\x81&\x83&\xC2&\xC4&\xC6&\0,\xC3&\xC5&\xC7&,,,,,,\x07,\xCA&\xCC&\xCE&\b,\xCB&\xCD&\xCF&	,
,\v,\f,\r,,,\xD2&\xD4&\xD6&\xD3&\xD5&\xD7&\xDA&\xDC&\xDE&\xDB&\xDD&\xDF&\0''''\x80'\x82'\x81'\x83'\0((((((B(D(F(I(K(M(@,J(L(N(A,B,C,D,E,F,G,Q(S(U(H,R(T(V(I,J,K,L,M,N,O,\x82,.\x801\x87,///.\x851\x00000@FAF\x80F\xC0F\xC2F\xC1F\0G@G\x80G\xC0G\xC2G\0I@I\x80I\x82I\0J\xC2IJJ@JAJ\x80J\x81J\xC0J\xC1J\xC0K\xC1K\0KK@KAK\xC2K\xC3K\x80K\x81K\x82K\x83K\0LLLL\0V@TBTDTFTHTJTLTNTPTRTTTVT\x80T\x82T\x84T\xC0T\xC1T\0UU@UAU\x80U\x81U\xC0U\xC1U\x80V\xC0X\0WWWW\bW
W\fWWWWWW@WBWDW\x80W\x81W\xC0W\xC1W\0XX@XAX\x80X\x81X\0YYYY@Y\xC0\x8E\0\x8F\xC0\x8F\xC2\x8F\0\x90@\x90A\x90\x80\x90\x81\x90\xC0\x90\xC2\x90\0\x91@\x91\x82\x91\x80\x91\x83\x91\xC1\x91\xC0\x91\xC3\x91\0\x92\x92@\x92\x80\x92\x82\x92\x84\x92\x81\x92\x85\x92\x87\x92\x86\x92\x83\x92\xC1\x92\xC0\x92\xC2\x92\0\0\0\0\0\0\xFAV\rV\f6\xE96L6\xE1\xE2\f\f\xFAm\f\x1B\f+6\vK\xE1\f\xC1\xE2\f\xE2\0\xFF0\xFF\b\xFF'\xBF"!__!"a!AB!!\x9F\x7F__!_??"e\xFF\b\xFF
_!\xFF2\xA2!!"_A\xFF\0\xE2<%\xE2\xE4
n\xE4\xEE\x84\xCE\xEE	\xE6h\x7F? B\`.A\0\0!\xE1	\0\xE1\xE2\x1B?AB\xFFb?\f_?\xE1+\xE2(\xFF\x86(\xFF/\xFF\xFFX\0\xE1 \xB6\xE2! /\r\0\xE6%&&\xE0\0\xE5\`e6\xE0\xBBL6\r6/\xE6\x1BV\xE5\xE5\xE6\r\xE9v%\xE5[\xC6\x1B\xA6$&f%\xE9E/\xF6\0\x1B\xE5\xE6 \xE5Q\xE6\xE0\xE9\xE5\xE6$V -\xE5f\xE6F\x86 \xF6\x07\0\xE5F \0\xE5\x80\xE5\xC5;\x80\xE6\xE5!\xE6\x1B\xE6\x07\xE5.\x07G\xE6\0g'\xC6\xE5&6\xE9\xE5\x07'\0\xE5\0 % \xE5\0\xC5\0@e Gf ' '\xE0\0\x07\`%\0E& \xE9%-\xAB\r &\x07\0\xA5\`% \xE5\0\xC5\0%\0%\0% \0G&\`& F@\xC0e\0\xC0\xE9&E\xE0&\x07\0\xE5\0E\0\xE5\0\xC5\0%\0\x85 G\x86\0&\x07\0' \xE0\x07%& \xE9\r\xC0\xA6\0'\0\xE5\0 % \xE5\0\xC5\0%\0\x85 \x07\x07f ' '\xC0&\x07\`%\0E& \xE9\xAB\xE0\0\xA5@E\0e@%\0\0%@%@E@\xE5\`''@G\0G \xA0\x07\xE0\xE9K\xAF\r\x80G\xE5\0\0E\0\xE5\0\xE5\b Fg\0F\0f\xC0&\0E\0% %& \xE9\xC0\xCB'\xE5\0\0E\0\xE5\0\xE5\0\x85 \x07\x87\0'\0'&\xC0'\x80E\0%& \xE9\0%\x07\xE0&'\xE5\0E\0\xE5!&Gf\0G\0G\`E\x07\xCBE& \xE9\xEB\xA5\0'\0\xE5
@\xE5\0\xE5\0 \xC5@\`GF\0\0\xE7\0\xA0\xE9 '\xE0\xE5(%\xC6\`\r\xA5\xE6\0\xE96\xE0%\0\0\x85\0\xE5\0\0\xE5%\xE6 \x85\0\0\xC6\0\xE9 e\xE0O\xF6\x07O&\xAF\xE9\xEB'\xE5\0\0\xE5\`\xE6\x07\x86&\x85\xE6\0\xE6\0\xEF\0\xAF\0/\x96o6\xE0\xE5#'f\x07\xA6\x07&'&\xE9\xB6\xA5'&eFG%\xC7Ef\xE5'&\xA7\x07\xE9G/\xE1\0\x80 \xE2#B\xE5\x80\xC1\0e \xC5\0\0e \xE5!\0e \xE5\0e \xC5\0\0e \xE5\x07\0\xE51\0e \xE5; F\xF6\xEB\f@\xE5\b\xEF\xA0\xE1N \xA2 \xE5\x81\xE4\xE5	\xE5@\xE5CVJ\xE5\0\xC0\xE5
F\x07\xE0\xE5\v&\x076\xE0\xE5
&\xE0\xE5\0E\0&\xE0\xE5,&\x07\xC6\xE7\0'\xE6VV\r \xE9\xA0\xEB\xA0\xB6vF\x1B\xE9\xA0\xE5\x1B\xE5-\xC0\x85&\xE5\x80\xE5>\xE0\xE5\0Fg&G\`'\xA7F\`@6\xE9\xE5 \x85\xE0\xE5$\`\xE5\xA0\xE9\v@\xEF\xE5&' 6\xE5-\x07\x07\xC6\0\x07'\xE6\0\xA7\xE6 \xE9\xA0\xE9\xA0\xD6\xB6 \xE6\b\xE6 \xE6\xE0\ff\x07\xE5'\x07\x86\x07\x87'\xE5\0\x006\xE9\xD6\xEF\xE6\xEFV&\x07\xE5\x07f'&\x07F%\xE9\xE5$\x07&G\x07F'\xE0\0v\xE5\xE7\0\xE6\0'&@\x96\xE9@E\xE9\xE5\xA46\xE2?\x80\xE1# A\xF6\0\xE0\0F\xE6\x07\xC6e\xA5%\x07&\x80\xE2$\xE47\xE2\xE2\xE4\xE68\xFF\x80\xE2\0\xFFZ\xE2\0\xE1\0\xA2 \xA1 \xE2\0\xE1\0\xE2\0\xE1\0\xA2 \xA1 \xE2\0\0\0\0\0?\xC2\xE1\0\xE2 \xE2\0\xE3\0\xE2\0\xE3\0\xE2\0\xE3\0\x82\0"aNB\0"aNb "a\0N\xE2\0\x81N B\0"a.\0\xF7\x9B\xB164\xF6\0\x9B\xF6v0V\f\xF6\f\xF6\x9B\0\xFB\v \xABL\xEBL\0\xE4@\xED\xE0\xE6hH\xE6\xE0\x07/o/A"A/\f\x81\xAFaae/"!\x8C?B\f/\xEB\b\xEA\x1B?j\v/\`\x8C\x8F,o\f/\f/\f\xCF\f\xEF,/\f\f\xEF\xEC\x80\x84\xEF\0\xEF\f,\xCF\xEFI\f\xEF\xEC\xEF \xAC\xEF@\xE0\xEF\xE0\r\xEB4\xEFF\xEB\xEF\x80/\f\xEF\f\xEF.\xEC\0\xEFg\f\xEF\x80p\xEB\xEF$\x8C\xEC\xEC\b\xEF\x80x\xEC{\xEC7\xEC\xEC\x80z\xEF(\xEC\r/\xAC\xEF \xEF\x80\xE1(\xE2(_!"\xDFA??\x82$A\xFFZ\xAF\x7FF?\x80v\v6\xE2\0\x80 \xE50\xC0\xE0\xE5\xE0\xC5\0\xC5\0\xC5\0\xC5\0\xC5\0\xC5\0\xC5\0\xC5\0\xE66V\xF666\x96\xF61v\xF6/V\xE0\xEF\0\xEFQ\xE0\xEF\x80N\xE0\xEF\bV
/3\xEAf'\x84/J/\0\xE5N &.$\xE5RD\x80\xE5#\0\xE5V\0/k\xEF\xE5\xEF\xE0\xE5\b\xEF\0\xEB\xEF\xEB\0\xEB\x07\xEF\xEB\xEF\xEB\x07\xEF\x80\xB8\xE5\x998\xEF8\xE5\xC0\x8D\xE5\x83\xEF@\xEF/\xE0\xE5 \xA46\xE5\x80\x84V\xE5\b\xE9%\xE0\f\xFF&H\xE6\xFF$&\xE5>\xEA&\xB6\xE0\0\xEE\xE4.\xFF"\xFF6\xE2\0\x9F\xFF.\x7F\x7F"\xFF\ra\x81\xFF\x07A_\xFF	\xE0\fd?$\xC5Ee\xE5'&\x07o@\xAB/\r\xA0\xE5,v\xE0\0'\xE5*\xE7\b&\xE0\x006\xE9\xA0\xE6
\xA5V%\xE9\xE5\xE6\x006\xE5\xE6'\xE0\xE5@F\x07\xE5''f'&G\xF6\0\xE9\`6\x85\xE5\xE9\x85\0\xE5!\xA6'&'&\xE0E\xE5\0\x07 \xE9 v\xE5\b\xA5O\x07\x07\xE5*F%&\x85&\xE0%6\xE5\x07&'6$\x07\xE0\xA5 \xA5 \xA5\xE0\xC5\0\xC5\0\xE2#d\xE2.\`\xE2H\xE5\x1B'''\x07 \xE9\xA0\xE5\xAB\xE0\xE5\`\xE5)\`\xFC\x87x\xFD\x98x\xE5\x80\xE6 \xE5b\xE0\xC2\xE0\x82\x80\xE5\f\xE5\0\x85\0\0%\0%\0\xE5d\xEE	\xEF\b\xE5\x80\xE3\xEF\b\xE58/\xE5.\xEF\0\xE0\xE5\rO\xE6\b\xD6\xA0\xE6\b106vPV\0vV\fL\0\r6\`\x85\0\xE5\x7F \x1B\0V\rV\f6\xE96L6\xE1\xE2\f\f6\xE5\xE5%$\xE5@\xA5 \xA5 \xA5 E@-\f-\0l/\xE0[/ \xE5\0\xE5\0\xE5\v\0%\0\xE5\x07 \xE5\xE0\xE5s\x80V\`\xEB%@\xEF\xEA-k\xEF	+O\0\xEF@\xE0'\xEF%\xE0z\xE5@\xE5)\xE0\x07\xEB\`\xE5k\xE0\xE5\f
\xE5\0
\x80\xE5\x86\x80\xE5\0\xE5\`\xE5\0\x8A\xE0"\xE1 \xE2 \xE5F \xE9\xA0\xE1\`\xE2\`\xE5 \xE0\0\xE5,\xE0\xE1\0\xE1\x07\0\xC1\0!\0\xE2\0\xE2\x07\0\xC2\0"@\xE5,\xE0\xE5\x80\xAF\xE0\xE5\xE0\xE5\0\xE0\xA4\0\xE4"\0\xE4\xE0=\xA5 \0\xE5$\0%@ \xE5\0\xEB\0\xE5/\xCB\xE5\xE0\0\xEB\xE0(\xE5\v\0%\x80\x8B\xE5\xAB@\xE5\x80\xE5\xE0\xE50\`+%\xEB\b \xEB&F\0&\x80fe\0E\0\xE5 F\`\xEB\xC0\xF6\xC0\xE5+\xE5K\xE0\xE5\0\xE5&\`\x8B\xD6\xE0\xE5.@\xD6\xE5 \xEB\0\xE5\v\x80\xEB\0\xE5
\xC0v\xE0\xCB\xE0H\xE5A\xE0/\xE1+\xE0\xE2+\xC0\xAB\xE5f\xE0\0\xE9\xA0\xE9e\xE1@\x86\xE2\xE0\0,\xE0\x80H\xEB\0\xE5"\0& %\xE0\bE%\xE0\0\xEF\0\xE0\xA6\xE5\xEB\xE0\0\xE5\xE6k\x96\xE0\xE5
fv\xE0\xE5\r\xCB\xE0\f\xE5\xE0\x07\x07\xE5-\xE6\x07\xD6\`\xEB\f\xE9%&\xE0F\x07\xE5%Gf'&6\x1Bv\xE0\x1B \xE5\xC0\xE9\xA0F\xE5\x86\x07\xE6\0\0\xE9v'\xE0\0\xE5\x1B6\xE0&\x07\xE5(G\xE6'evf\x07\xE9V\0\xEB\f\xE0\xE5
\0\xE5GF'\x07&\xB6%\xE06\xC5\0\0e\0\xE5\x07\0\xE5\xA0\xE5'G\xE6\0\x80\xE9\xA0&'\0\xE5\0 % \xE5\0\xC5\0%\0\x85\0&'g ' G \xA0\x07\x80\x85' \xC6@\x86\xE0\xE5\0 \0\xE5\0G\xA6\0\x07 \x07\0g\0'\x076\x006\xE0\0&\xE0\xE5-G\xE6\0'F\x07e\x96\xE96\0E\xE0\xE5(G\xA6\x07g&\x07&%\xE0\0\xE9\xE0\x80\xE5'Gf g&\x07&\xF6e&\xE0\xE5(G\xE6\0'\x07&V\xE0\xE9\xA0\xF6\xE0\v\xE5#\x07'\xA6\x07\xA0\xE9\xA0\xE9\f\xE0\xE5 \x07'f\x07\x86\`\xE9+V\xC5\xE0\x801\xE5$G\xE6\x07&\xE0\\\xE1\xE2\xE9\xEB\xE0\xE5\0  \xE5\0\0%\0\xE5\xA7\0' &\x07\x07\x07V\xE0\xE9\xE0>\xE5\0 \xE5Gf &g\x07\xE0\xE6\xE5 \xA6\x07f\xF6\0\xE0\0\xA6'F\xE5&\xE6\x07&V\x96\xE0\xE5A\xC0\xF6\xE0N\x07F\x07\x07\xE0P\xE5\xE0\xE9\xA0\xE5\0\xE5\x07\xC6\0\xA6\x07\x96\xE0\xE9\xEB\v@6\xE5 \xE6\0\x07\xC6\x07&\x07&\xE0A\xC5\0%\0\xE5\xA6@\0&\0\xC6\xE0\0\xE9\xA0\xA5\0%\0\xE5\x87\0&\0'\x07\xC0\xE9\xA0\xE5!%\`\xE9\xE0\x80n\xE5\v&'6\xC0&\x07\xE5\0\xE5'\x86@'\x07\xF6\xE9\xE0M\xE0\x07\xEB\r\xEF\0m\xEF	\xE0\xE5\x83\xE0^\xEAg\0\x96\xE0\xE5\x80<\xE0\x89\xC4\xE5Y6\xE0\xE5\x83\xA8\xFB\b\xA5\xE6\x07\xE0\xE5\x8F\x80\xE5\x81\xBF\xE0\x9A1\xE5\xE6GF\xE9\xE0\x86>\xE5\x81\xB1\xC0\xE5\0\xE9\`6\xE5G\0\xE9\xA0\xE5 \x86\xE0\xE5(\xC6\x96od\xE0\xE9\0\xCB\0\xE5\r\x80\xE5\v\xE0\x81(D\xE5 $V\xE9\xE0\x80>\xE1\xE2\xEBv\x80\xE1 \xE2\xE0$\xE5C\`\xE7/\xC0f\xE4\xE08$\xE0'$J\xE0\xE5\x9CN\xE0!\xE5\xE0Y\xE5k\xE0\xA1ud\0\xC4\0$\0\xE5\x80\x9B\xE0\x07\xE0E \xE0e\xE0\0\xE5\x81\xE0\x88|\xE5c\x80\xE5@\xE5\xC0\xE5 &{\xE0\x8E\xD4\xEF\x80h\xE9O@\xEF\x81,\xA0\xEF\xE0\x07\xEF\b\f\xE0\x07\xE6& \xE6\xE0\xEFl\xE04\xEF\x80n\xE0\xEF \xEF4'FO\xA7\xFB\0\xE6\0/\xC6\xEFf\xEF5\xE0\r\xEF:F\xE0r\xEB\f\xE0\xEB\f\xE0\xEFO\xE0\xEB\xE0\x7F\xE1\xE2\xE1\xC2\0\xE2
\xE1\xE2\0!  ! a\0\xE1\0b\0\0\xC2\0\xE2\xE1\xE2!\0a \xE1\0\0\xC1\0\xE2!\0a\0\x81\0@\xC1\0\xE2\xE1\xE2\xE1\xE2\xE1\xE2\xE1\xE2\xE1\xE2\xE1\xE2 \xE1\f\xE2\f\xA2\xE1\f\xE2\f\xA2\xE1\f\xE2\f\xA2\xE1\f\xE2\f\xA2\xE1\f\xE2\f\xA2? \xE9*\xEF\x81x\xE6/o\xE6*\xEF\0\xEF/\x96\xE0\x07\x86\0\xE6\x07\xE0\x83\xC8\xE2\xE2\f\xA0\xA2\xE0\x80M\xC6\0\xE6	 \xC6\0&\0\x86\x80\xE46\xE0\xE0h\xE5%@\xC6\xC4 \xE9\`\xE0\x80\xB8\xE5\xE0	\xE5$f\xE9\x80\r\xE0\x81H\xE5f\xE9\xE0\x80N\xE5&\xE9\`\xE0\x808\xE5\0E%\xC5&\x85\xE0\0\xE0\x80X\xC5\0e\0%\0\xE5\x07\0\xE5\x80= \xEB\xC6\xE0!\xE1\xE2\xC6\`\xE9\`6\xE0\x82\x89\xEB3K\rk\xE0D\xEB%\xEB\x07\xE0\x80:e\0\xE5\0%\0 \0\xE5\0e\0\0\xA0\`\0\0\0E\0%\0 \0\0\0\0\0%\0 e\0\xC5\0e\0e\0\0\xE5\0\xE5	\x80E\0\x85\0\xE5	\xE0,,\xE0\x80\x86\xEF$\`\xEF\\\xE0\xEF\x07 \xEF\x07\0\xEF\x07\0\xEF\xE0\xEB\xEF\x80\xE00\xEF\xE0\xEF$\`\xEF\xC0/\xE0\xAF\xE0\x80\xEF\x80s\x8E\xEF\x82Q@\xEF	@\xEF@\xEF\x80R\xA0\xEF\`\xE0\x07\xEF\`\xEF0\xE0\0\xEF\xA0\xEF \xE0\0\xEF \xEF\`/\xE0\xEC\xE0\xEF\x80\xD0\xE0\0\xEF \xEF@\xEF@\xEF1\0\`\xEF\b \xEF\`\xEF\xC0\xEF\x80\v\0\xEFT\xE9\xE0\x83}\xE5\xC0fX\xE0\xE5\x90\x96 \xE5\x96 \xE5\x9C\xA9\xE0\x07\xE5\x81\xE6\xE0\x89\xE5\x81\x96\xE0\x85Z\xE5\x92\xC3\x80\xE5\xA0\xA2\xE0\xCA\x8A\xFF\x1B\xE0\xFBX\xE0x\xE6\x80h\xE0\xC0\xBD\x88\xFD\xC0\xBFv \xFD\xC0\xBFv \0\0\0\0\0\0'\x000'\0\0(\0\xD0)\0*\x000*\0\xA0*\0\xC0*\0\xD0*\0\xF0*\0\0\xAC\0\0+\x000+\0P+\0p+\0\x90+\0\`-\0\xF0-\0\xB0.\0\0/\0\x80/\0\x84/\0\x89/\0\xA0/\0\xE0/\0\x000\0\xC01\x0042\0@2\0D2\0L2\0P2\0\x972\0\x9B2\0\xB02\0\xC02\03\0J3\0\`3\0\x7F3\0\x883\0\x903\0p4\0\xC04\0\xD05\0\xFE5\06\x0006\0\xE06\0\xD07\0\xEC7\0\xF07\0@8\0\xE08\0\xE09\0\xA7\0\0\xA0\xA3\0A\x90\xCD\vr\0\xC8\0\xC4D\0\0p\0 \0\v\0\0\0\xC4\0\0\0\0\xC1\x90\0\xB7\0H\0\x80\0\0\0
\0:\0\0\xBFt\0\f\0\0\b\0\0G\0\0\0\0G\0:\0\v\0\0	\0\0\xD5\0O\0\b.\0\r\0\0\xAD\0\xEF\0\0\0G\0\x91\0\xFE\x003\0z\0A\x90\xCE\v\xB4\xAC\x80\xFE\x80D\xDB\x80Rz\x80H\b\x81N\x80B\xE2\x80\`\xCDf\x80@\xA8\x80\xD6\x80\0\0\0\0\xDD\x80Cp\x80\x99	\x81\\\x80\x9A\x82\x8A\x80\x9F\x83\x97\x81\x8D\x81\xC0\x8C\x91\x89\0(	$\xCA!\b\b\0!\v\v\x91	\0\0)A!\x83@\xA7\b\x80\x97\x80\x90\x80A\xBC\x81\x8B\x88$!	\x8D\0\x85\x97\x81\xB8\0\x80\x9C\x83\x88\x81AU\x81\x9E\x89A\x92\x95\xBE\x83\x9F\x81\`\xD4b\0\x80@\xD2\0\x80\`\xD4\xC0\xD4\x80\xC6\b	\v\x80\x8B\0\x80\xC0\x80\x9B\0\x80AS\x81\x98\x80\x98\x80\x9E\x80\x98\x80\x9E\x80\x98\x80\x9E\x80\x98\x80\x9E\x80\x98\x07\x81\xB1U\xFF\x9A\0\b\x80\x89\0\0(\0\0\0\b\0\0\0\0\0\v\0\x80\x89\x80\x90"\x80\x90\0\0\0\0\0\0\0\0CD\x80\x9C\x8CB?\x8D\0\0\xC7\x8A\xAF\x8C\x8F\x80\xE43\v\x80\xA2\x80\x9D\x8F\xE5\x8A\xE4
\x88\xE9\x80\xBB\x8B\x85\x93\xB5	\x8E"\x89\x81\x9C\x82\xB91	\x81\x89\x80\x89\x81\x9C\x82\xB9#	\v\x80\x9D
\x80\x8A\x82\xB98\x81\x94\x81\x95\x82\xB91	\x81\x88\x81\x89\x81\x9D\x80\xBA"\x82\x89\x80\xA7\x84\xB80\x81\x8A\x81\x9C\x82\xB90\x81\x8A\x81\x8E\x80\x8B\x83\xB90\x82\x89\x80\x89\x81\x9C\x82\xCA(\0\x87\x91\x81\xBC\x86\x91\x80\xE2(\x81\x8F\x80@\xA2\x92\x88\x8A\x80\xA3\xED\x8B\0\v\x96\x1B2\x83\x8C\x8B\0\x89\x83Fs\x81\x9D\x81\x9D\x81\x9D\x81\xC1\x92@\xBB\x81\xA1\x80\xF5\x8B\x83\x88@\xDD\x84\xB8\x89\x81\x93\xC9\x81\x8A\x82\xB0\x84\xAF\x8E\xBB\x82\x9D\x88	\xB8\x8A\xB1\x92A\x9B\xA1F\xC0\xB3H\xF5\x9F\`xs\x87\xA1\x81Aa\x07\x80\x96\x84\xD7\x81\xB1\x8F\0\xB8\x80\xA5\x84\x9B\x8B\xAC\x83\xAF\x8B\xA4\x80\xC2\x8D\x8B\x07\x81\xAC\x82\xB1\0\f\x80\xAB$\x80@\xEC\x87\`O2\x80HV\x84F\x85\f\x83C\x83\xC0\x80A@\x81\xCC\x82A\x82\xB4\x8D\xAC\x81\x8A\x82\xAC\x88\x88\x80\xBC\x82\xA3\x8B\x91\x81\xB8\x82\xAF\x8C\x8D\x81\xDB\x88\b(\b@\x9C\x89\x96\x83\xB91	\x81\x89\x80\x89\x81\xD3\x88\0\b\xE6\x8C\xE9\x91@\xEC1\x86\x9C\x81\xD1\x8E\0\xE9\x8A\xE6\x8DA\0\x8C@\xF6(	
\0\x80@\x8D1+\x80\x9B\x89\xA9 \x83\x91\x8A\xAD\x8D@\xC7\x87@\xC68\x86\xD2\x95\x80\x8D\xF9*\0\b\x80\xC1 \b\x83A[\x83\x88\b\x80\xAF2\x82\`A\xDC\x90N\0\xB63\xDC\x81\`L\xAB\x80\`#\`0\x90\xE3\x80FR\f\x80BP\x80G\xE7\x99\x85\x99\x85\x99\0A\xD0\xD3\vS@\xA9\x80\x8E\x80A\xF4\x881\x9D\x84\xDF\x80\xB3\x80M\x80\x80L.\xBE\x8C\x80\xA1\xA4B\xB0\x80\x8C\x80\x8F\x8C@\xD2\x8FCO\x99G\x91\x81\`z\x81@\xD1\x80\xFF\x81Ca\x83\x88\x80\`\\\xA9\x80\x88\`\xD8t\xBD\`!_\x8FCE\x99a\xCC_\x99\x85\x99\x85\x99\0A\xB0\xD4\v\xB6I\xBD\x80\x97\x80Ae\x80\x97\x80\xE5\x80\x97\x80@\xE7\0\b\x81\x88\x81\xE6\x80\x97\x80\xF6\x80\x8E\x80I4\x80\x9D\x80C\xFF\0\x81\xE4\x80\xC6\x81D\x80P \x81\`y"\x80\xEB\x80\`U\xDC\x81R\x80\xF3\x80A\x07\x80\x8D\x80\x88\x80\xDF\x80\x88\0\x80@\xDF\x80\x8B\x80@\xF0\x80A\x80Bx\x80\x8B\x80F\x80\`P\xAD\x81\`ar\r\x85l.\xAC\xDFCN\x80N\x81FR\x81H\xAE\x80P\xFD\x80\`\xCE:\x80\xCE\x88m\0\0\x9D\xDF\xFF@\xEFNX\x84\x81H\x90\x80\x94\x80Ok\x81\0\0\0\0\0@\xB6\x80B\xCE\x80O\xE0\x88Fg\x80F0\x81P\xEC\x80\`\xCEh\x80\0A\xF0\xD5\vE\xFF\x85@\xD6\x80\xB0\x80A\x7F\x81\xCF\x80a\x07\xD9\x80\x8E\x80\0A\x90\xD6\v7Cy\x80J\xB7\x80\xFE\x80\`!\xE6\x81\`\xCB\xC0\x85A\x95\x81\xF3\0\0\0\0\0\0\0\x80A\x81\0Cy\x80\`-\x81\`\xCB\xC0\x85A\x95\x81\xF3\0\0\0\0\0\0\0\x80\0A\xD0\xD6\vA\xC3\b\b\x81\xA4\x81N\xDC\xAA
N\x87??\x87\x8B\x80\x8E\x80\xAE\x80\0A\xF0\xD6\v\xE1A\xEF\x80A\x9E\x80\x9E\x80Z\xE4\x83@\xB5\0\0\0\x80\xDE\x80\x8A	\x81\x89\x81\x8D\x80\0\0\0@\x9F\0\0\x82\xF3\x80\x8B\x80@\x84\x80\xA2\x80@\xBB\x88\x9E)\x84\xDA\b\x81\x89\x80\xA3\b\x07\x80\x9E\x80\xA0\x82\x9C\x80B(\x80\xD7\x83B\xDE\x87\xFB\b\x80\xD2\x80\xA1\x80@\xFC\x81B\xD4\x80\xFE\x80\xA7\x81\xAD\x80\xB5\x80\x88\x80\x8B\x80\x88\0&\x80\x90\x80\x88\x80\x8B\x80AA\x80\xE1\x81FR\x81\xD4\x84E\x1B\x8A\x80\x91\x80\x9B\x8C\x80\xA1\xA4@\xD5\x83@\xB5\0\0\0\x80\x99\0\0\0\0\0\0\x80\xB7\0\f\0\0\f\b\x8F\0 \x8B*\b\v\0\x07\x82\x8C\x92\x81\x9A\x80\x8C\x8A\x80\xD6\x8A\f
\0\x85\x8F\x8F\x8F\x88\x80@\xA1\b\x81@\xF7\x81A4\xD5\x99\x9AE \x80\xE6\x82\xE4\x80A\x9E\x81@\xF0\x80A.\x80\xD2\x80\x8B@\xD5\xA9\x80\xB4\0\x82\xDF	\x80\xDE\x80\xB0\xDD\x82\x8D\xDF\x9E\x80\xA7\x87\xAE\x80A\x7F\`r\x9B\x81@\xD1\x80\xFF\x81Ca\x83\x88\x80\`M\x95A\r\b\0\x81\x89\0\0	\x82\xC3\x81\xE9\xC2\0\x97\0\x80\xEB\xA0Aj\x91\xBF\x81\xB5\xA7\x8C\x82\x99\x95\x94\x81\x8B\x80\x92\0\x80@\x86\b\x80\x9F\x99@\x83\r\r
\x80\x88G\x87 \xA9\x80\x88\`\xB4\xE4\x83P1\xA3Dc\x86\x8D\x87\xBF\x85B>\xD4\x80\xC6\b	\v\x80\x8B\0\x80\xC0\x80\x9B\0\x80AS\x81A#\x81\xB1H/\xBDM\x91\x9A\0\b\x80\x89\0\0(\0\0\0\b\0\0\0\0\0\v\0\x80\x89\x80\x90"\x80\x90BC\x8A\x84\x9E\x80\x9F\x99\x82\xA2\x80\xEE\x82\x8C\xAB\x83\x881I\x9D\x89\`\xFCBk\xE1O\xFF\0A\xE0\xDA\v\xC7\`#\x81@\xCC\x80B\b\x81\x94\x81\xB1\x8B\xAA\x80\x92\x80\x8C\x07\x81\x90\f\x80\x94\b\x81\x9B\x80\xA2\0\x80\xBC\x82\x97\x80\x8D\x80CZ\x81\xB2\x80a\xC4\xAD\x80@\xC9\x80@\xBD\x89\xE5\x80\x97\x80\x93 \x82\x94\x81@\xAD\xA0\x8B\x88\x80\xC5\x80\x95\x8B\xAA\x8B\x90\x82\xC6\0\x80@\xBA\x81\xBE\x8C\x97\x91\x80\x99\x81\x8C\x80\xD5\xD4\xAF\xC5(\v\x8A\x88@\xE2\x8BA\xAE\x80\x89\x80@\xB8\xEF\x8C\x82\x8A\x82\xB8\0\x83\x8F\x81\x8B\x83\x89@\xA8\x80_\x8C\x80\x8B\x80@\xD7\x80\x95\x80\xD9\x85\x8E\x81A|\x80@\xA5\x80\x9C\f\x82@\xC6\x80@\xE6\x81\x89\x80\x88\x80\xB9
\x84\x88\0	\0\x80\x9B	\0\b\x80\x91\x80\x92\0\0
\x07\x81\x95\0\0\x80\x94		\b\0\0\x80\x90\x81\x8E\x80\x9A\x81\xBB\x80A\x91\x81A\xCE\x82E'\x80\x8B\x80BX\0\x80a\xBE\xD5\x81\x8B\x81@\x81\x80\xB3\x80@\xE8\x88\x88\x80\xC5\x80\x97\b\x81\xAA\x8B\x92\0\0\x80\xC6\0\x80@\xBA\x80\xCA\x81\xA3	\x86\x8C\x80\x93\x07\x81\x88\x82\x8B\0\x80@\xCF\0\x82\x8F*\x80\0A\xB0\xDD\v\xE3\`&\x80@\xDA\x80\x8F\x83a\xCCv\x80\xBB\x82\xF4	\x8A\x94\x8D0\0\x97\x80@\xC8\v\x80\x94\x81@\xAD\x84\xD2\x80\x8F\x82\x88\x80\x8A\x80B>\x07=\x80\x88\x89
\xB7\x80\xBC\b\b\x80\x90\x8C@\xE4\x82\xA9\x88\0\0\0\0\0\0\0\0\f\0	\0\x07\r\0	\0\0\x89\b\0\0\x81\x88\x83\x8C\0\x07\b)(\0\x80\x8A\0
\0\x83\x89\0\x81\x8D\0\b\0\0$\0!\0\0)\x90\0\0\b	\0\b\x8B\x80\x8C\0\0\x80\x9C\x80\x88\0\0 \x88
\0\b\0	 !"\0\0\0\0(\x89\x80\x8B\x80\x90\x80\x92\x80\x8D\x80\x8A\x80\x88\x80\xA2\x89\xAF\x895\x99\x85F\x1B\x80Y\xF0\x81\x99\x84\xB6\x83\0A\xA0\xDF\vW\xAC\x80E[\x80\xB2\x80N@\x80D\x80H\b\x85\xBC\x80\xA6\x80\x8E\x80A\x85\x80L\x80\x9E\v\x80\x9B\x80A\xBD\x80\x92\x80\xEE\x80\`\xCD\x8F\x81\xA4\x80\x89\x80@\xA8\x80N_\x80A=\x80\0\0\0\0\0\0AH\x80E(\x80I\0\x80H(\x81H\xC4\x85B\xB8\x81m\xDC\xD5\x80\0A\x80\xE0\v\x87\xDD\0\x80\xC6\x81A\xF6@\x9E\x07%\x90\v\x80\x88\x81@\xFC\x84@\xD0\x80\xB6\xAC\0\0@\x82;\x81@\x85\v
\x82\xC2\x9A\xDA\x8A\xB9\x8A\xA1\x81\xFD\x87\xA8\x89\x8F\x9B\xBC\x80\x8F\x83\x9B\x80\xC9\x80\x8F\x80\xED\x80\x8F\x80\xED\x80\x8F\x80\xAE\x82\xBB\x80\x8F\x80\xF6\x80\xED\x80\x8F\x80\xED\x80\x8F\x80\xEC\x81\x8F\x80\xFB\x80\xEE\x80\x8B(\x80\xEA\x80\x8C\x84\xCA\x81\x9A\0\0\x81\xC1\x81\xBD\x80\xEF\0\x81\xA7\v\x84\x980\x80\x89\x81B\xC0\x82C\xB3\x81\x9D\x80@\x93\x8A\x88\x80AZ\x82A#\x80\x939\x80\xAF\x8E\x81\x8A\x82\x8E\x81\x8B\xC7\x80\x8E\x80\xA5\x88\xB5\x81\xB9\x80\x8A\x81\xC1\x81\xBF\x85\xD1\x98(
\xB1\xBE\xAF\xA3\x84\x8B\xA4\x8AA\xBC\0\x82\x8A\x82\x8C\x82\x8C\x82\x8C\x81L\xEF\x82A<\x80A\xF9\x85\xE8\x83\xDE\x80\`uq\x80\x8B\b\x80\x9B\x81\xD1\x81\x8D\xA1\xE5\x82\xE5\x81\x8B\x80\xA4\x80@\x96\x80\x9A\x91\xB8\x83\xA3\x80\xDE\x80\x8B\x80\xA3\x80@\x94\x82\xC0\x83\xB2\x80\xE3\x84\x88\x82\xFF\x81\`O/\x80C\0\x8FA\r\0\x80\xAE\x80\xAC\x81\xC2\x80B\xFB\x80D\x9E(\xA9\x80\x88B|\x80@\xA4\x81B:\x85\xA5\x80\x99\x84A\x8B\x82\xC5\x8A\xB0\x83@\xBF\x80\xA8\x80\xC7\x81\xF7\x81\xBD\x80\xCB\x80\x88\x82\xE7\x81@\xB1\x81\xCF\x81\x8F\x80\x972\x84\xD8\x81\x8C\x81\xDE\x80\xFA\x81@\xFA\x81\xFD\x80\xF5\x81\xF2\x80A\f\x81A\v\x80@\x9B\x80\xD2\x80\x91\x80\xD0\x80A\xA4\x80A\0\x81\xD0\x80\xC0\x80Af\x81\x96\x80T\xEB\x8E\`,\xD8\x80I\xBF\x84\xBA\x86B3\x81B!\x90\xCF\x81\`?\xFD0\x81_\0\xAD\x81\x96B/9\x86\x9D\x83N\x81\xBD@\xC1\x86Av\x80\xBC\x83B\xFD\x81B\xDF\x86\xEC\x82\0@\xB6\x80B\x81Cm\x80A\xB8\x80Bu\x80@\x88\x80\xD8\x80B\xEF\x80\xFE\x80IB\x80\xB7\x80Bb\x80A\x8D\x80\xC3\x80S\x88\x80\xAA\x84\xE6\x81\xDC\x82\`o\x80E\xF5\x80C\xC1\x80\x95\x80@\x88\x80\xEB\x80\x94\x81\`Tz\x80H\x81E\xCA\x80\x9A\x80D\xC6\x80A$\x80\xF3\x81A\xF1\x82D\xCE\x80C?\x80\`Mg\x81D\x9B\b\x80\x8D\x81\`qG\x81D\xB0\x80CS\x82\xAF\x895\x99\x85\`\xFE\xA8\x895\x99\x85\`/\xFD\x81\`/\xEF	\x89A\xF0\x80\`/\xF1\x81\`0\x81\x98\x88\x8D\x82C\xC4Y\xBF\xBF\`Q\xFF\`X\xFFAm\x81\xE9\`u	\x80\x8C\x84\x88\\\xD5\xA8\x9F\xE0\xF2\`#|A\x8B\`M\`\xA6\xDF\x9FQ\x81V\x8D\x81]0\x8EBmI\xA1BE\xE1SJ\x84\`!)\` \v\x81N?\x84\xFA\x84J\xEF\x80\`\x90\xF9	\0\x81\0\0\0\0\0\0FS	\x80@\x82\x81A\xE0\b\x80\x9E\x80\`\xFD\xCF\x9FB\r\x81\`\xFF\xFD\x81\`\xFF\xFD\x81\`\xFF\xFD\x81\`\xFF\xFD\x81\`\xFF\xFD\x81\`\xFF\xFD\x81\`\xFF\xFD\x81\`\xFF\xFD\x81\`\xFF\xFD\x81\`\xFF\xFD\x81\`\xFF\xFD\x81\`\xFF\xFD\x81\`\xFF\xFD\x81\`\xFF\xFD\x81\`\xFF\xFD\x81\`\xFF\xFD\x81\0A\x90\xE6\vE\xA0\x8E\x89\x86\x99\x80\x99\x83\xA10\0\b\0\v\x80\x96\x80\x9E\x80_\x97\x87\x8E\x81\x92\x80\x89A0B\xCF@\x9FBu\x9DDkA\xFF\xFFA\x80\x98\x8E\x80\`\xCD\f\x81A\x81\x88\x84\x91\x80\xE3\x80_\x87\x81\x97\x81\0A\xE0\xE6\v\x85\xA1\x80@\x82\x80\x8E\x80_[\x87\x98\x81N\x80A\xC8\x83\x8C\x82\`\xCE \x83@\xBC\x80\xD9\x81\`.\x7F\x99\x80\xD8\x8B@\xD5a\xF1\xE5\x99\0\0\0\0\xA0\x80\x8B\x80\x8F\x80EH\x80@\x92\x82@\xB3\x80\xAA\x82@\xF5\x80\xBC\0\x81A$\x81F\xE3\x81C\x81C\x80@\xC5\x81@\x9C\x81\xAC\x80A9\x81Aa\x83@\xA1\x81\x89	\x81\x9C\x82@\xBA\x81\xC0\x81C\xA3\x80\x96\x81\x88\x82L\xAE\x82A1\x80\x8C\x80\x95\x81A\xAC\x80\`t\xFB\x80A\r\x81@\xE2\x80A}\x81\xD5\x81\xDE\x80@\x97\x81@\x92\x82@\x8F\x81@\xF8\x80\`R%\x81\xBA\x81@\xA8\x80\x8B\x80\x8F\x80\xC0\x80J\xF3\x81D\xFC\x84\xAB\x83@\xBC\x81\xF4\x83\xFE\x82@\x80\r\x80\x8F\x81\xD7\b\x81\xEB\x80A)\x81\xF4\x81At\f\x8E\xE8\x81@\xF8\x82B\0\x80@\xFA\x81\xD6\x81A\xA3\x81B\xB3\x81\xC9\x81\`K(\x81@\x84\x80\xC0\x81\x8A\x80B(\x81A'\x80\`N\x80]\xE7\x80\0A\xF0\xE8\v\xB6\xE8\x81@\xC3\x80A\x80\x9D\x80\xB3\x80\x93\x80A?\x80\xE1\0\x80Y\b\x80\xB2\x80\x8C\x80@\x83\x80@\x9C\x80A\xA4\x80@\xD5\x81K1\x80a\xA7\xA4\x81\xB1\x81\xB1\x81\xB1\x81\xB1\x81\xB1\x81\xB1\x81\xB1\x81\xB1\x81\xB1\x81\xB1\x81\xB1\x81\xB1\x81H\x85\x80A0\x81\x99\x80\0\xA0\x80\x89\0\x80\x8A
\x80C=\x07\x80B\0\x80\xB8\x80\xC7\x80\x8D\0\x82@\xB3\x80\xAA\x8A\0@\xEA\x81\xB5(\x87\x9E\x80A\x81D\xF3\x81@\xAB\x85A6\x81C\x87C\x80\xFB\x82\xC6\x81@\x9C\x80\xA6\x81A9\x81Aa\x83@\xA1\x81\x89\b\x82\x9C\x82@\xBA\x84\xBD\x81C\xA3\x80\x96\x81\x88\x82L\xAE\x82A1\x80\x8C\x80\x89\0
\x81A\xAB\x81\`t\xFA\x81A\f\x82@\xE2\x84A}\x81\xD5\x81\xDE\x80@\x96\x82@\x92\x82\xFE\x80\x8F\x81@\xF8\x80\`R%\x81\xB8\x83@\xA8\x80\x89\0\x80\x8A
\x80\xC0\x80D9\x80\xAF\x80D\x85\x80@\xC6\x80A5\x81@\x97\x85\xC3\x85\xD8\x83C\xB7\x84\xAB\x83@\xBC\x86\xEF\x83\xFE\x82@\x80\r\x80\x8F\x81\xD7\x84\xEB\x80A)\x81\xF4\x82\x8B\x81Ae\x8E\xE8\x81@\xF8\x82B\0\x80@\xFA\x81\xD6\v\x81A\x9D\x82\xAC\x80B\x84\x81\xC9\x81E*\x84\`E\xF8\x81@\x84\x80\xC0\x82\x89\x80B(\x81A&\x81\`N\x80]\xE6\x83\0\0\0\0\0\0\0\0\`3\xFFY\xBF\xBF\`Q\xFF\`Z\r\b\0\x81\x89\0\0	\x82a\xD5\`\xA6\xDF\x9FQ\x81V\x8D\x81]0\x8EBmQ\xA1SJ\x84\`!)X
\x80\`\xE5\xEF\x8Fm\xEF@\xEF\0\0\0\0\0\x88\x84\x91\x80\xE3\x80\x99\x80U\xDE\x80I~\x8A\x9C\f\x80\xAE\x80O\x9F\x80\0A\xB0\xEC\v\x87\xA7\x81\x91\0\x80\x9B\0\x80\x9C\0\x80\xAC\x80\x8E\x80N}\x83G\\\x81I\x9B\x81\x89\x81\xB5\x81\x8D\x81@\xB0\x80@\xBF*
\0\x88 \x80\x91#\x88\b\x008\x9F\v \x88	\x92!\x88!\v\x97\x81\x8F;\x93\x81D<\x8D\xC9\b\x8DA\x92\x95\r\x80\x8D85\f	\x89)\x81\x8B\x92\b\0\b!*\x97\x81\x8A\v	\v\xAA\x80\xA7 \0"\0@\xFF\x80B\b\x81\x8D	\x89\xAA\x87A\xAA\x89\`\xCE<,\x81@\xA1\x81\x91\0\x80\x9B\0\x80\x9C\0\0\b\x81\`\xD7v\x80\xB8\x80\xB8\x80\xB8\x80\xB8\x80\0\0\0\xA2\x89\xEE\x80_\x8C\x80\x8B\x80@\xD7\x80\x95\x80\xD9\x85\x8E\x81An\x81\x8B\x80@\xA5\x80\x98\x8A@\xC6\x80@\xE6\x81\x89\x80\x88\x80\xB9\x84\x88	\0	\0\x8B\x8A	\0\b\x80\x91\x81\x91(\0
\f\v\x81\x8A\f	\b\0\x81\x93\f((\0\0\x80\x89\x81\x8E\0\x80\x8A\x81\xAF\x82\x88\x80\x8D\x80\x8D\x80As\x81A\xCE\x82\x92\x81\xB2\x80D\xD9\x80\x8B\x80BX\0\x80a\xBDi\x80@\xC9\x80@\x9F\x81\x8B\x81\x8D\x89\xCA\x99\x96\x80\x93\x88\x94\x81@\xAD\xA1\x81\xEF	\x81\xD2
\x80A\x80\xBE\x8A(\x971\x8B\x81\x8C	\x07\x81\x88\x82\x8B\0\xD5\xAF\xC5'\v\x82\x89\x81\x89@\xE2\x8BA\xAE\x80\x89\x80@\xB8\xEF\x8C\x82\x8A\x82\xB8\0\x83\x8F\x81\x8B\x83\x89\0\xA2\x89_\xD2\x80@\xD4\x80\`\xDD*\x80\`\xF3\xD5\x99A\xFA\x84E\xAF\x83lk\xDFa\xF3\xFA\x84\`&\x80@\xDA\x80\x8F\x83a\xCCv\x80\xBB\x82\xF4	\x8A\x94\x920\0\x97\x80@\xC8\v\x80\x94\x81@\xAD\x84\xD2\x80\x8F\x82\x88\x80\x8A\x80B>\x07=\x80\x88\x89
\xB7\x80\xBC\b\b\x80\x90\x8C@\xE4\x82\xA9\x88\0A\xC0\xF0\v\x91\`#\x81@\xCC\x80B\b\x81\x94\x81\xB1\x8B\xAA\x80\x92\x80\x8C\x07\x81\x90\f\x80\x94\b\x81\x9B\x80\xA2\0\x80\xBC\x82\x97\x80\x8D\x80CZ\x81\xB2\x80a\xC4\xAD\x80@\xC9\x80@\xBD\x89\xCA\x99\0\x97\x80\x93 \x82\x94\x81@\xAD\xA0\x8B\x88\x80\xC5\x80\x95\x8B\xAA\x8B\x90\x82\xC6\0\x80@\xBA\x81\xBE\x8C\x97\x91\x80\x99\x81\x8C\x80\xD5\xD4\xAF\xC5(\v\x8A\x88@\xE2\x8BA\xAE\x80\x89\x80@\xB8\xEF\x8C\x82\x8A\x82\xB8\0\x83\x8F\x81\x8B\x83\x89\0A\xE0\xF1\v\xB3@\xA8\x80_\x8C\x80\x8B\x80@\xD7\x80\x95\x80\xD9\x85\x8E\x81An\x81\x8B\x80@\xA5\x80\x98\x8A@\xC6\x80@\xE6\x81\x89\x80\x88\x80\xB9\x84\x88	\0	\0\x8B\x8A	\0\b\x80\x91\x81\x91(\0
\f\v\x81\x8A\f	\b\0\x81\x93\f((\0\0\x80\x89\x81\x8E\0\x80\x8A\x81\xAF\x82\x88\x80\x8D\x80\x8D\x80As\x81A\xCE\x82\x92\x81\xB2\x80D\xD9\x80\x8B\x80BX\0\x80a\xBDi\x80\xA6\x83\xE3\x8B\x8E\x81\x8E\x80\x8D\x81\xA4\x89\xEF\x81\x8B\x81\x8D\x89\x92\xB7\x9A\x8E\x89\x80\x93\x88\x88\x96\x85@\xBB\x81\xEF	\x81\xD2
\x84@\xFD\x80\xBE\x8A(\x971\x8B\x81\x8C	\x07\x81\x88\x82\x8B\0\xD5\xAF\xC5'\x81\x90\x81\x8C@\xD9\xA5\x8B\x83\xB7\x87\x89\x85\xA7\x87\x9D\x81\x8B\x8D\x88\xA6\x8B\xAE\x80\x89\x80@\xB8\xD7\x87\x8D@\x91@\xFFC\xFD\0\0@\xAC\x80B\xA0\x80B\xCB\x80KA\x81FR\x81\xD4\x84G\xFA\x84\x99\x84\xB0\x8FP\xF3\x80\`\xCC\x9A\x8F@\xEE\x80@\x9F\x80\xCE\x88\`\xBC\xA6\x83T\xCE\x87l.\x84O\xFF\0A\xA0\xF4\v\x80\xB8@\x86\xD19\xB0&9B\x86\xB46B\x86hTd\x87hT\xDC9B\x86\xD19s99@\x86i4\xBD\xB66@\x86\xA1\x87hthth4\xBD\xA1\x87\xF1z\xF2z\xCA3B\x86i4\xB0hhgf\xF9&B\x86itit\xD1\xBC\xA1\x87<@\x86h4\xEB\xC33\xA1\x87p4@\x86\xD49B\x86\xCF9B\x86\xD1y\xEF\xD1yht\xEFhtit\xEFitG6@\x86ht0ht99B\x86\xD1yd\x87\x8B\xD1yit0it\xD19\x95\x86h4\x93i4\xED\xDA9@\x86i4\xAF\xA1\x87\xD19\x93\xCE9B\x86\xA1\x87\xD1yd\x87\xD1y\xC33B\x86\xA1\x87ithti4\x92\xD19\x96\x86id\x87\x8BhG6B\x86h4|\x864B\x86\xD19|i\xA4\xDA9B\x8679@\x86\xD19\b\x87hTd\x87\x8BhTM6@\x86h4,i4\xAFn4@\x86\xCD9B\x86\xD19,o@\x86\xD19\xBC\xA1\x87h4\xA8i4siTd\x87\x8BhTq4B\x86E6@\x86\xD19\xA8iTd\x87hTiTd\x87iT\xCE9@\x86\xA1\x87\xD89@\x86\xC33@\x86\xA1\x87M6B\x86\xD1\x92\xD19\xEBh4\xBC\xD19\xBC=9@\x86\xB89B\x86\xA36@\x86u5@\x86\xD89B\x86i4\x9359@\x86K6@\x86=9B\x8689B\x86\xA36B\x86igg\xB66@\x86i4|u5B\x86\xCC\x93@\x86o4B\x86\xCC3@\x86\xD19\xBD\xA1\x87\x874@\x86\x824@\x86i>\xD69@\x86h\xBDK6B\x86F6B\x86i4,\xB66B\x86\xA1\x87\xC43@\x86&@\x86i\xB0\xDEB\x86i4\xA8\xCC3B\x86\x824B\x86\xD1\x93\x81B\x86\xD1y0\xD1yh4\xBBi4\x95\x86\xD19\xBBi4\xEB\xD19\x84i4\xBCiTd\x87\x8BiT&9@\x86\xB46@\x86GB\x86\xDC9@\x86\xCA3@\x86\xF9&@\x86i4\b\x87iif\xD1Y\xD1Y\xD49@\x86\xCF9@\x86h4\xA4\xD19\xA4\xD1\xA8\xD79B\x86i4\xBC\xA1\x87h\xB0<9B\x86hsiiffh4\xAF\xA1\x87h4\x80s4B\x86\xD19\x80h4\xB0\x864@\x868B\x86i4\xBB\xB56B\x86\xCD9@\x86h4'h4\x95\x86hhfq4@\x86\xD19'.\xA8\xC33B\x86ifh4\x96\x86\xD19pid\x87hi4\xA4\xB89@\x86h4>\xD1\xAF\xA1\x87\xD19>h4\xBD\xD1\xBB\xD1\x95\x86\xDB9B\x8689@\x86i4\x80i\xEBhiggo4@\x86w4B\x86F6@\x86h4\x92N6B\x86i\xBD\xA1\x87\xDE@\x86i4'\xC3@\x86\xA1\x87\x81@\x86\xD19\xAF\xA1\x87h4\xBC\xD1\x80\xD99B\x86\xD19\xBC\xDCB\x86h4si4>G@\x86\xD19\xBD>9B\x86i\x95\x86h\x96\x86i4\xBD\xA1\x87\xD79@\x86EB\x86h4\xEDh4\xBC\xA1\x87\xD19\xED<9@\x86\xD1p\xD19\x92s4@\x868@\x86\xB56@\x86h4\xAF\xD19\xAFi4\xBC\xB6B\x86&%\xC33@\x86\xDD9B\x86\xCB\x93B\x86\xCB3B\x86\x814B\x86\xCE9\xA1\x87\xDB9@\x86h4\b\x87\xD1\xB0w4@\x86N6@\x86\xCE9B\x86NB\x86\xD99@\x86\xDC@\x86>9@\x86\xB99B\x86\xDAB\x86B\x94\x81E@\x86i\xBDp4B\x86\xCE\xA1\x87\xC3B\x86h\b\x87\xD1|h\x92\xB6@\x8679B\x86\xCEB\x86\xA1\x87hgg\xDD9@\x86\xCFB\x86\xD1,K\xE9hg\xCB\x93@\x86n4B\x86\xCB3@\x86\x814@\x86\xB66\xA1\x87E6B\x86\xB4B\x86isiigf59B\x86h\x93\xB66B\x86hif\xCE9@\x86N@\x86\x874B\x86\x86B\x86\xD69B\x86\xC43B\x86i4\x96\x86\xB99@\x86h\xA8\xD1\x84\xDA@\x86\xD8B\x86\xC3@\x86\xB9B\x86=B\x86\xCF@\x86hhgg\xD1\xD1\xD2h\xBB;D\x87\xD1'\xB4@\x86\xCDB\x86\xD3\x86\xA5pB\x86\xB6B\x86\xA1\x87id\x87\x8Bi6+\x93h\x80\x86@\x86\b\x1B\v\xD1\xBC\xCAB\x86A\x94\xE8\x95\xD8@\x86\xB9@\x86\xD1\xED\xF9\x86B\x86\xD1\xBD\xA1\x87=@\x86\xD6B\x86iff\xD1\xAFiig\xCD@\x86p@\x86h\xBC\xA1\x87nB\x86i\x92hhgigu\x95B\x86id\x87i\xD1\xBC\xDFB\x86\xCA@\x86\x82B\x86i\x93h|\xF9\x86@\x86\xD6@\x86h,i\xA8\xD4B\x86hiffwB\x869B\x86\xD1\xA4n@\x86\xD1\xD2\xD2i\xBB\xD1\x96\x86u\x95@\x86hd\x87\x8Bh\xD1>\xDF@\x86\x82@\x86D\xEB\xDDB\x86h\xAF\xA1\x87i\x80\xA3B\x86i\x96\x86FB\x86\xB6\xA1\x87h'&\x1B\v\xD4@\x86w@\x869@\x867B\x86igf\xC3B\x86\xA1\x87h\xBC\xD1\xEBiigg\xD1\b\x87h\xEDi\xBC\xA1\x87\xDD@\x86\xC3\xA1\x87hffhig\xA3@\x86\xDBB\x86h\xAFF@\x865\xABh\x95\x86B\x95\x81\xC4B\x86\xBA\xD1\xD1i\b\x87i|7@\x86sB\x86i,\xB5B\x865B\x86higfd\x87%d\x87yh\xBC\xCE@\x86\xA1\x87\x87B\x86MB\x86hhff\xDB@\x86\xD9B\x86\xC4@\x86\xD1\xBDh\xA4>B\x86\xF3\x93\xA7\x86i\xAF\xA1\x87\xF3\x93\b\xD1\xD2s@\x86\xB5@\x865@\x86i'\xCEB\x86qB\x86\xD1sh>\xF4 \x86\x87@\x86\xB6@\x86\xA1\x87M@\x86i\xBCKB\x86\xD9@\x86>@\x86i\xED\xD7B\x86\xB8B\x86hgf<B\x86hfhd\x87hi\xAF\xCE@\x86q@\x86h\xEBh\xBD\xA1\x87oB\x86\xD1\xD1\xD2\xD2i\xBC\xCC\x93B\x86K@\x86&B\x86\xD7@\x86\0\0\0\0\0\0\0\0gbeng\0gbsct\0gbwls\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x07\0\0\0\0\0\0\0\x80\0\0\0\0\b\0\0\0\0\0\0\0 \0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0O\xBBag\xAC\xDD?-DT\xFB!\xE9?\x9B\xF6\x81\xD2\vs\xEF?-DT\xFB!\xF9?\xE2e/"\x7F+z<\x07\\3&\xA6\x81<\xBD\xCB\xF0z\x88\x07p<\x07\\3&\xA6\x91<-DT\xFB!\xE9?-DT\xFB!\xE9\xBF\xD2!3\x7F|\xD9@\xD2!3\x7F|\xD9\xC0\0A\xAF\x8A\v\xE8\x80-DT\xFB!	@-DT\xFB!	\xC0\0\0\0\0\0\0\0\0\0\0\0\0\x83\xF9\xA2\0DNn\0\xFC)\0\xD1W'\0\xDD4\xF5\0b\xDB\xC0\0<\x99\x95\0A\x90C\0cQ\xFE\0\xBB\xDE\xAB\0\xB7a\xC5\0:n$\0\xD2MB\0I\xE0\0	\xEA.\0\x92\xD1\0\xEB\xFE\0)\xB1\0\xE8>\xA7\0\xF55\x82\0D\xBB.\0\x9C\xE9\x84\0\xB4&p\0A~_\0\xD6\x919\0S\x839\0\x9C\xF49\0\x8B_\x84\0(\xF9\xBD\0\xF8;\0\xDE\xFF\x97\0\x98\0/\xEF\0
Z\x8B\0mm\0\xCF~6\0	\xCB'\0FO\xB7\0\x9Ef?\0-\xEA_\0\xBA'u\0\xE5\xEB\xC7\0={\xF1\0\xF79\x07\0\x92R\x8A\0\xFBk\xEA\0\xB1_\0\b]\x8D\x000V\0{\xFCF\0\xF0\xABk\0 \xBC\xCF\x006\xF4\x9A\0\xE3\xA9\0^a\x91\0\b\x1B\xE6\0\x85\x99e\0\xA0_\0\x8D@h\0\x80\xD8\xFF\0'sM\01\0\xCAV\0\xC9\xA8s\0{\xE2\`\0k\x8C\xC0\0\xC4G\0\xCDg\xC3\0	\xE8\xDC\0Y\x83*\0\x8Bv\xC4\0\xA6\x96\0D\xAF\xDD\0W\xD1\0\xA5>\0\x07\xFF\x003~?\0\xC22\xE8\0\x98O\xDE\0\xBB}2\0&=\xC3\0k\xEF\0\x9F\xF8^\x005:\0\x7F\xF2\xCA\0\xF1\x87\0|\x90!\0j$|\0\xD5n\xFA\x000-w\0;C\0\xB5\xC6\0\xC3\x9D\0\xAD\xC4\xC2\0,MA\0\f\0]\0\x86}F\0\xE3q-\0\x9B\xC6\x9A\x003b\0\0\xB4\xD2|\0\xB4\xA7\x97\x007U\xD5\0\xD7>\xF6\0\xA3\0Mv\xFC\0d\x9D*\0p\xD7\xAB\0c|\xF8\0z\xB0W\0\xE7\0\xC0IV\0;\xD6\xD9\0\xA7\x848\0$#\xCB\0\xD6\x8Aw\0ZT#\0\0\xB9\0\xF1
\x1B\0\xCE\xDF\0\x9F1\xFF\0fj\0\x99Wa\0\xAC\xFBG\0~\x7F\xD8\0"e\xB7\x002\xE8\x89\0\xE6\xBF\`\0\xEF\xC4\xCD\0l6	\0]?\xD4\0\xDE\xD7\0X;\xDE\0\xDE\x9B\x92\0\xD2"(\0(\x86\xE8\0\xE2XM\0\xC6\xCA2\0\b\xE3\0\xE0}\xCB\0\xC0P\0\xF3\xA7\0\xE0[\0.4\0\x83b\0\x83H\0\xF5\x8E[\0\xAD\xB0\x7F\0\xE9\xF2\0HJC\0g\xD3\0\xAA\xDD\xD8\0\xAE_B\0ja\xCE\0
(\xA4\0\xD3\x99\xB4\0\xA6\xF2\0\\w\x7F\0\xA3\xC2\x83\0a<\x88\0\x8Asx\0\xAF\x8CZ\0o\xD7\xBD\0-\xA6c\0\xF4\xBF\xCB\0\x8D\x81\xEF\0&\xC1g\0U\xCAE\0\xCA\xD96\0(\xA8\xD2\0\xC2a\x8D\0\xC9w\0&\0F\x9B\0\xC4Y\xC4\0\xC8\xC5D\0M\xB2\x91\0\0\xF3\0\xD4C\xAD\0)I\xE5\0\xFD\xD5\0\0\xBE\xFC\0\x94\xCC\0p\xCE\xEE\0>\xF5\0\xEC\xF1\x80\0\xB3\xE7\xC3\0\xC7\xF8(\0\x93\x94\0\xC1q>\0.	\xB3\0\vE\xF3\0\x88\x9C\0\xAB {\0.\xB5\x9F\0G\x92\xC2\0{2/\0\fUm\0r\xA7\x90\0k\xE7\x001\xCB\x96\0yJ\0Ay\xE2\0\xF4\xDF\x89\0\xE8\x94\x97\0\xE2\xE6\x84\0\x991\x97\0\x88\xEDk\0__6\0\xBB\xFD\0H\x9A\xB4\0g\xA4l\0qrB\0\x8D]2\0\x9F\xB8\0\xBC\xE5	\0\x8D1%\0\xF7t9\x000\0\r\f\0K\bh\0,\xEEX\0G\xAA\x90\0t\xE7\0\xBD\xD6$\0\xF7}\xA6\0nHr\0\x9F\xEF\0\x8E\x94\xA6\0\xB4\x91\xF6\0\xD1SQ\0\xCF
\xF2\0 \x983\0\xF5K~\0\xB2ch\0\xDD>_\0@]\0\x85\x89\x7F\0UR)\x007d\xC0\0m\xD8\x002H2\0[Lu\0Nq\xD4\0ETn\0\v	\xC1\0*\xF5i\0f\xD5\0'\x07\x9D\0]P\0\xB4;\xDB\0\xEAv\xC5\0\x87\xF9\0Ik}\0'\xBA\0\x96i)\0\xC6\xCC\xAC\0\xADT\0\x90\xE2j\0\x88\xD9\x89\0,rP\0\xA4\xBE\0w\x07\x94\0\xF30p\0\0\xFC'\0\xEAq\xA8\0f\xC2I\0d\xE0=\0\x97\xDD\x83\0\xA3?\x97\0C\x94\xFD\0\r\x86\x8C\x001A\xDE\0\x929\x9D\0\xDDp\x8C\0\xB7\xE7\0\b\xDF;\07+\0\\\x80\xA0\0Z\x80\x93\0\x92\0\xE8\xD8\0l\x80\xAF\0\xDB\xFFK\x008\x90\0Yv\0b\xA5\0a\xCB\xBB\0\xC7\x89\xB9\0@\xBD\0\xD2\xF2\0Iu'\0\xEB\xB6\xF6\0\xDB"\xBB\0
\xAA\0\x89&/\0d\x83v\0	;3\0\x94\0Q:\xAA\0\xA3\xC2\0\xAF\xED\xAE\0\\&\0m\xC2M\0-z\x9C\0\xC0V\x97\0?\x83\0	\xF0\xF6\0+@\x8C\0m1\x99\x009\xB4\x07\0\f \0\xD8\xC3[\0\xF5\x92\xC4\0\xC6\xADK\0N\xCA\xA5\0\xA77\xCD\0\xE6\xA96\0\xAB\x92\x94\0\xDDBh\0c\xDE\0v\x8C\xEF\0h\x8BR\0\xFC\xDB7\0\xAE\xA1\xAB\0\xDF1\0\0\xAE\xA1\0\f\xFB\xDA\0dMf\0\xED\xB7\0)e0\0WV\xBF\0G\xFF:\0j\xF9\xB9\0u\xBE\xF3\0(\x93\xDF\0\xAB\x800\0f\x8C\xF6\0\xCB\0\xFA"\0\xD9\xE4\0=\xB3\xA4\0W\x1B\x8F\x006\xCD	\0NB\xE9\0\xBE\xA4\x003#\xB5\0\xF0\xAA\0Oe\xA8\0\xD2\xC1\xA5\0\v?\0[x\xCD\0#\xF9v\0{\x8B\0\x89r\0\xC6\xA6S\0on\xE2\0\xEF\xEB\0\0\x9BJX\0\xC4\xDA\xB7\0\xAAf\xBA\0v\xCF\xCF\0\xD1\0\xB1\xF1-\0\x8C\x99\xC1\0\xC3\xADw\0\x86H\xDA\0\xF7]\xA0\0\xC6\x80\xF4\0\xAC\xF0/\0\xDD\xEC\x9A\0?\\\xBC\0\xD0\xDEm\0\x90\xC7\0*\xDB\xB6\0\xA3%:\0\0\xAF\x9A\0\xADS\x93\0\xB6W\0)-\xB4\0K\x80~\0\xDA\x07\xA7\0v\xAA\0{Y\xA1\0*\0\xDC\xB7-\0\xFA\xE5\xFD\0\x89\xDB\xFE\0\x89\xBE\xFD\0\xE4vl\0\xA9\xFC\0>\x80p\0\x85n\0\xFD\x87\xFF\0(>\x07\0ag3\0*\x86\0M\xBD\xEA\0\xB3\xE7\xAF\0\x8Fmn\0\x95g9\x001\xBF[\0\x84\xD7H\x000\xDF\0\xC7-C\0%a5\0\xC9p\xCE\x000\xCB\xB8\0\xBFl\xFD\0\xA4\0\xA2\0l\xE4\0Z\xDD\xA0\0!oG\0b\xD2\0\xB9\\\x84\0paI\0kV\xE0\0\x99R\0PU7\0\xD5\xB7\x003\xF1\xC4\0n_\0]0\xE4\0\x85.\xA9\0\xB2\xC3\0\xA126\0\b\xB7\xA4\0\xEA\xB1\xD4\0\xF7!\0\x8Fi\xE4\0'\xFFw\0\f\x80\0\x8D@-\0O\xCD\xA0\0 \xA5\x99\0\xB3\xA2\xD3\0/]
\0\xB4\xF9B\0\xDA\xCB\0}\xBE\xD0\0\x9B\xDB\xC1\0\xAB\xBD\0\xCA\xA2\x81\0\bj\\\0.U\0'\0U\0\x7F\xF0\0\xE1\x07\x86\0\vd\0\x96A\x8D\0\x87\xBE\xDE\0\xDA\xFD*\0k%\xB6\0{\x894\0\xF3\xFE\0\xB9\xBF\x9E\0hjO\0J*\xA8\0O\xC4Z\0-\xF8\xBC\0\xD7Z\x98\0\xF4\xC7\x95\0\rM\x8D\0 :\xA6\0\xA4W_\0?\xB1\0\x808\x95\0\xCC \0q\xDD\x86\0\xC9\xDE\xB6\0\xBF\`\xF5\0Me\0\x07k\0\x8C\xB0\xAC\0\xB2\xC0\xD0\0QUH\0\xFB\0\x95r\xC3\0\xA3;\0\xC0@5\0\xDC{\0\xE0E\xCC\0N)\xFA\0\xD6\xCA\xC8\0\xE8\xF3A\0|d\xDE\0\x9Bd\xD8\0\xD9\xBE1\0\xA4\x97\xC3\0wX\xD4\0i\xE3\xC5\0\xF0\xDA\0\xBA:<\0FF\0Uu_\0\xD2\xBD\xF5\0n\x92\xC6\0\xAC.]\0D\xED\0>B\0a\xC4\x87\0)\xFD\xE9\0\xE7\xD6\xF3\0"|\xCA\0o\x915\0\b\xE0\xC5\0\xFF\xD7\x8D\0nj\xE2\0\xB0\xFD\xC6\0\x93\b\xC1\0|]t\0k\xAD\xB2\0\xCDn\x9D\0>r{\0\xC6j\0\xF7\xCF\xA9\0)s\xDF\0\xB5\xC9\xBA\0\xB7\0Q\0\xE2\xB2\r\0t\xBA$\0\xE5}\`\0t\xD8\x8A\0\r,\0\x81\f\0~f\x94\0)\0\x9Fzv\0\xFD\xFD\xBE\0VE\xEF\0\xD9~6\0\xEC\xD9\0\x8B\xBA\xB9\0\xC4\x97\xFC\x001\xA8'\0\xF1n\xC3\0\x94\xC56\0\xD8\xA8V\0\xB4\xA8\xB5\0\xCF\xCC\0\x89-\0oW4\0,V\x89\0\x99\xCE\xE3\0\xD6 \xB9\0k^\xAA\0>*\x9C\0_\xCC\0\xFD\vJ\0\xE1\xF4\xFB\0\x8E;m\0\xE2\x86,\0\xE9\xD4\x84\0\xFC\xB4\xA9\0\xEF\xEE\xD1\0.5\xC9\0/9a\x008!D\0\x1B\xD9\xC8\0\x81\xFC
\0\xFBJj\0/\xD8\0S\xB4\x84\0N\x99\x8C\0T"\xCC\0*U\xDC\0\xC0\xC6\xD6\0\v\x96\0p\xB8\0i\x95d\0&Z\`\0?R\xEE\0\x7F\0\xF4\xB5\0\xFC\xCB\xF5\x004\xBC-\x004\xBC\xEE\0\xE8]\xCC\0\xDD^\`\0g\x8E\x9B\0\x923\xEF\0\xC9\xB8\0aX\x9B\0\xE1W\xBC\0Q\x83\xC6\0\xD8>\0\xDDqH\0-\xDD\0\xAF\xA1\0!,F\0Y\xF3\xD7\0\xD9z\x98\0\x9ET\xC0\0O\x86\xFA\0V\xFC\0\xE5y\xAE\0\x89"6\x008\xAD"\0g\x93\xDC\0U\xE8\xAA\0\x82&8\0\xCA\xE7\x9B\0Q\r\xA4\0\x993\xB1\0\xA9\xD7\0iH\0e\xB2\xF0\0\x7F\x88\xA7\0\x88L\x97\0\xF9\xD16\0!\x92\xB3\0{\x82J\0\x98\xCF!\0@\x9F\xDC\0\xDCGU\0\xE1t:\0g\xEBB\0\xFE\x9D\xDF\0^\xD4_\0{g\xA4\0\xBA\xACz\0U\xF6\xA2\0+\x88#\0A\xBAU\0Yn\b\0!*\x86\x009G\x83\0\x89\xE3\xE6\0\xE5\x9E\xD4\0I\xFB@\0\xFFV\xE9\0\xCA\0\xC5Y\x8A\0\x94\xFA+\0\xD3\xC1\xC5\0\xC5\xCF\0\xDBZ\xAE\0G\xC5\x86\0\x85Cb\0!\x86;\0,y\x94\0a\x87\0*L{\0\x80,\0C\xBF\0\x88&\x90\0x<\x89\0\xA8\xC4\xE4\0\xE5\xDB{\0\xC4:\xC2\0&\xF4\xEA\0\xF7g\x8A\0\r\x92\xBF\0e\xA3+\0=\x93\xB1\0\xBD|\v\0\xA4Q\xDC\0'\xDDc\0i\xE1\xDD\0\x9A\x94\0\xA8)\x95\0h\xCE(\0	\xED\xB4\0D\x9F \0N\x98\xCA\0p\x82c\0~|#\0\xB92\0\xA7\xF5\x8E\0V\xE7\0!\xF1\b\0\xB5\x9D*\0o~M\0\xA5Q\0\xB5\xF9\xAB\0\x82\xDF\xD6\0\x96\xDDa\06\0\xC4:\x9F\0\x83\xA2\xA1\0r\xEDm\x009\x8Dz\0\x82\xB8\xA9\0k2\\\0F'[\0\x004\xED\0\xD2\0w\0\xFC\xF4U\0YM\0\xE0q\x80\0A\xA3\xA0\v{@\xFB!\xF9?\0\0\0\0-Dt>\0\0\0\x80\x98F\xF8<\0\0\0\`Q\xCCx;\0\0\0\x80\x83\x1B\xF09\0\0\0@ %z8\0\0\0\x80"\x82\xE36\0\0\0\0\xF3i5\0\0\0\0\xD0\0\0\xD0\0\0\xD1\0\0\xD1\0\0\xD1\0\0\xD1\0\0\xD1\0\0\xD1\0\0\xD0\0\0\xD0\0\0\xD1\0\0\xD0\0\0\xD0\0\0\xD0\0\0\xD0\0A\xC0\xA1\v\xD1\0\0\xD1\0\0\xD0\0\0\xD0\0\0\0\0\0\0\xD0\0\0\0\0\0\0\xD1\0A\xF0\xA2\vA\0\v\0\0\0\0\0\0\0\0\0\0\0	\0\0\0\0\v\0\0\0\0\0\0\0\0\0


\x07\0\0	\v\0\0	\v\0\0\v\0\0\0\0\0A\xC1\xA3\v!\0\0\0\0\0\0\0\0\0\v\r\0\r\0\0\0	\0\0\0	\0\0\0\0A\xFB\xA3\v\f\0A\x87\xA4\v\0\0\0\0\0\0\0\0	\f\0\0\0\0\0\f\0\0\f\0A\xB5\xA4\v\0A\xC1\xA4\v\0\0\0\0\0\0\0	\0\0\0\0\0\0\0\0A\xEF\xA4\v\0A\xFB\xA4\v\0\0\0\0\0\0\0\0	\0\0\0\0\0\0\0\0\0\0\0\0\0A\xB2\xA5\v\0\0\0\0\0\0\0\0\0	\0A\xE3\xA5\v\0A\xEF\xA5\v\0\0\0\0\0\0\0\0	\0\0\0\0\0\0\0\0A\x9D\xA6\v\0A\xA9\xA6\v'\0\0\0\0\0\0\0\0	\0\0\0\0\0\0\0\0\x000123456789ABCDEF\0A\xD0\xA6\v\`\`Q\0A\xDC\xA6\v!\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\xDA5\0\0b\0A\x8C\xA7\v>\0\0\0\0A\x9C\xA7\v\xD2\0A\xB4\xA7\v\v\xD3\0\0\xD4\0\0P\\\0A\xCC\xA7\v\0A\xDC\xA7\v\b\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0A\xA0\xA8\v	\x90S\0\0\0\0\0\0A\xB4\xA8\v\xD5\0A\xCC\xA8\v\xD3\0\0\xD6\0\0X\\\0\0\0A\xE4\xA8\v\0A\xF4\xA8\v\xFF\xFF\xFF\xFF
\0A\xB8\xA9\v(T`)),b((await fa(d)).instance))}(),function(){function b(){if(c.calledRun=!0,!y){if(G=!0,Z.u(),A?.(c),c.onRuntimeInitialized?.(),c.postRun)for(typeof c.postRun=="function"&&(c.postRun=[c.postRun]);c.postRun.length;){var d=c.postRun.shift();M.push(d)}L(M)}}if(c.preRun)for(typeof c.preRun=="function"&&(c.preRun=[c.preRun]);c.preRun.length;)ha();L(N),c.setStatus?(c.setStatus("Running..."),setTimeout(()=>{setTimeout(()=>c.setStatus(""),1),b()},1)):b()}(),G?moduleRtn=c:moduleRtn=new Promise((b,d)=>{A=b,B=d}),moduleRtn}})();typeof exports=="object"&&typeof module2=="object"?(module2.exports=QuickJSRaw,module2.exports.default=QuickJSRaw):typeof define=="function"&&define.amd&&define([],()=>QuickJSRaw)}});var src_exports={};__export(src_exports,{default:()=>src_default});module.exports=__toCommonJS(src_exports);var variant={type:"sync",importFFI:()=>Promise.resolve().then(()=>(init_ffi(),ffi_exports)).then(mod=>mod.QuickJSFFI),importModuleLoader:()=>Promise.resolve().then(()=>__toESM(require_emscripten_module())).then(mod=>mod.default)},src_default=variant;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 719:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ SYNC_SIGNAL_INDEX)
/* harmony export */ });
/** Layout of the shared Int32Array used to wake the worker after a sync reply. */
const SYNC_SIGNAL_INDEX = 0;
//# sourceMappingURL=protocol.js.map

/***/ }),

/***/ 591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Vw: () => (/* binding */ loadModule),
  D_: () => (/* binding */ prepareSandbox),
  WA: () => (/* binding */ runInSandbox)
});

// EXTERNAL MODULE: ./node_modules/@jitl/quickjs-singlefile-cjs-release-sync/dist/index.js
var dist = __nccwpck_require__(177);
// EXTERNAL MODULE: ./node_modules/@jitl/quickjs-ffi-types/dist/index.mjs
var quickjs_ffi_types_dist = __nccwpck_require__(153);
;// CONCATENATED MODULE: ./node_modules/quickjs-emscripten-core/dist/index.mjs
async function newQuickJSWASMModuleFromVariant(variantOrPromise){let variant=smartUnwrap(await variantOrPromise),[wasmModuleLoader,QuickJSFFI,{QuickJSWASMModule:QuickJSWASMModule2}]=await Promise.all([variant.importModuleLoader().then(smartUnwrap),variant.importFFI(),Promise.all(/* import() */[__nccwpck_require__.e(956), __nccwpck_require__.e(423)]).then(__nccwpck_require__.bind(__nccwpck_require__, 423)).then(smartUnwrap)]),wasmModule=await wasmModuleLoader();wasmModule.type="sync";let ffi=new QuickJSFFI(wasmModule);return new QuickJSWASMModule2(wasmModule,ffi)}async function newQuickJSAsyncWASMModuleFromVariant(variantOrPromise){let variant=smartUnwrap(await variantOrPromise),[wasmModuleLoader,QuickJSAsyncFFI,{QuickJSAsyncWASMModule:QuickJSAsyncWASMModule2}]=await Promise.all([variant.importModuleLoader().then(smartUnwrap),variant.importFFI(),Promise.all(/* import() */[__nccwpck_require__.e(956), __nccwpck_require__.e(336)]).then(__nccwpck_require__.bind(__nccwpck_require__, 336)).then(smartUnwrap)]),wasmModule=await wasmModuleLoader();wasmModule.type="async";let ffi=new QuickJSAsyncFFI(wasmModule);return new QuickJSAsyncWASMModule2(wasmModule,ffi)}function memoizePromiseFactory(fn){let promise;return()=>promise??(promise=fn())}function smartUnwrap(val){return val&&"default"in val&&val.default?val.default&&"default"in val.default&&val.default.default?val.default.default:val.default:val}function newVariant(baseVariant,options){return{...baseVariant,async importModuleLoader(){let moduleLoader=smartUnwrap(await baseVariant.importModuleLoader());return async function(){let moduleLoaderArg=options.emscriptenModule?{...options.emscriptenModule}:{},log=options.log??((...args)=>debugLog("newVariant moduleLoader:",...args)),tapValue=(message,val)=>(log(...message,val),val),force=val=>typeof val=="function"?val():val;(options.wasmLocation||options.wasmSourceMapLocation||options.locateFile)&&(moduleLoaderArg.locateFile=(fileName,relativeTo)=>{let args={fileName,relativeTo};if(fileName.endsWith(".wasm")&&options.wasmLocation!==void 0)return tapValue(["locateFile .wasm: provide wasmLocation",args],options.wasmLocation);if(fileName.endsWith(".map")){if(options.wasmSourceMapLocation!==void 0)return tapValue(["locateFile .map: provide wasmSourceMapLocation",args],options.wasmSourceMapLocation);if(options.wasmLocation&&!options.locateFile)return tapValue(["locateFile .map: infer from wasmLocation",args],options.wasmLocation+".map")}return options.locateFile?tapValue(["locateFile: use provided fn",args],options.locateFile(fileName,relativeTo)):tapValue(["locateFile: unhandled, passthrough",args],fileName)}),options.wasmBinary&&(moduleLoaderArg.wasmBinary=await force(options.wasmBinary)),options.wasmMemory&&(moduleLoaderArg.wasmMemory=await force(options.wasmMemory));let optionsWasmModule=options.wasmModule,modulePromise;optionsWasmModule&&(moduleLoaderArg.instantiateWasm=async(imports,onSuccess)=>{modulePromise??(modulePromise=Promise.resolve(force(optionsWasmModule)));let wasmModule=await modulePromise;if(!wasmModule)throw new QuickJSEmscriptenModuleError(`options.wasmModule returned ${String(wasmModule)}`);let instance=await WebAssembly.instantiate(wasmModule,imports);return onSuccess(instance),instance.exports}),moduleLoaderArg.monitorRunDependencies=left=>{log("monitorRunDependencies:",left)},moduleLoaderArg.quickjsEmscriptenInit=()=>newMockExtensions(log);let resultPromise=moduleLoader(moduleLoaderArg),extensions=moduleLoaderArg.quickjsEmscriptenInit?.(log);if(optionsWasmModule&&extensions?.receiveWasmOffsetConverter&&!extensions.existingWasmOffsetConverter){let wasmBinary=await force(options.wasmBinary)??new ArrayBuffer(0);modulePromise??(modulePromise=Promise.resolve(force(optionsWasmModule)));let wasmModule=await modulePromise;if(!wasmModule)throw new QuickJSEmscriptenModuleError(`options.wasmModule returned ${String(wasmModule)}`);extensions.receiveWasmOffsetConverter(wasmBinary,wasmModule)}if(extensions?.receiveSourceMapJSON){let loadedSourceMapData=await force(options.wasmSourceMapData);typeof loadedSourceMapData=="string"?extensions.receiveSourceMapJSON(JSON.parse(loadedSourceMapData)):loadedSourceMapData?extensions.receiveSourceMapJSON(loadedSourceMapData):extensions.receiveSourceMapJSON({version:3,names:[],sources:[],mappings:""})}return resultPromise}}}}function newMockExtensions(log){let mockMessage="mock called, emscripten module may not be initialized yet";return{mock:!0,removeRunDependency(name){log(`${mockMessage}: removeRunDependency called:`,name)},receiveSourceMapJSON(data){log(`${mockMessage}: receiveSourceMapJSON called:`,data)},WasmOffsetConverter:void 0,receiveWasmOffsetConverter(bytes,mod){log(`${mockMessage}: receiveWasmOffsetConverter called:`,bytes,mod)}}}function isSuccess(successOrFail){return!("error"in successOrFail)}function isFail(successOrFail){return"error"in successOrFail}function shouldInterruptAfterDeadline(deadline){let deadlineAsNumber=typeof deadline=="number"?deadline:deadline.getTime();return function(){return Date.now()>deadlineAsNumber}}var TestQuickJSWASMModule=class{constructor(parent){this.parent=parent;this.contexts=new Set;this.runtimes=new Set}newRuntime(options){let runtime=this.parent.newRuntime({...options,ownedLifetimes:[new Lifetime(void 0,void 0,()=>this.runtimes.delete(runtime)),...options?.ownedLifetimes??[]]});return this.runtimes.add(runtime),runtime}newContext(options){let context=this.parent.newContext({...options,ownedLifetimes:[new Lifetime(void 0,void 0,()=>this.contexts.delete(context)),...options?.ownedLifetimes??[]]});return this.contexts.add(context),context}evalCode(code,options){return this.parent.evalCode(code,options)}disposeAll(){let allDisposables=[...this.contexts,...this.runtimes];this.runtimes.clear(),this.contexts.clear(),allDisposables.forEach(d=>{d.alive&&d.dispose()})}assertNoMemoryAllocated(){if(this.getFFI().QTS_RecoverableLeakCheck())throw new QuickJSMemoryLeakDetected("Leak sanitizer detected un-freed memory");if(this.contexts.size>0)throw new QuickJSMemoryLeakDetected(`${this.contexts.size} contexts leaked`);if(this.runtimes.size>0)throw new QuickJSMemoryLeakDetected(`${this.runtimes.size} runtimes leaked`)}getWasmMemory(){return this.parent.getWasmMemory()}getFFI(){return this.parent.getFFI()}};
//# sourceMappingURL=index.mjs.map
;// CONCATENATED MODULE: ./lib/script/expect.js
/**
 * `at.expect` in Jest's style, as JavaScript source for QuickJS. DESCRIBE_SOURCE is inlined into
 * the bootstrap; EXPECT_SOURCE is a function expression the bootstrap compiles through the
 * bridge, once per sandbox.
 * A failed matcher throws an error named AssertionError that carries `expected` and `actual`.
 */
const DESCRIBE_SOURCE = `
  function describe(value, limit) {
    var max = limit === undefined ? 200 : limit;
    var text;
    if (value === undefined) text = 'undefined';
    else if (typeof value === 'function') text = '[Function' + (value.name ? ' ' + value.name : '') + ']';
    else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') text = String(value);
    else if (typeof value === 'symbol') text = value.toString();
    else if (value instanceof RegExp) text = String(value);
    else if (value instanceof Error) text = value.name + ': ' + value.message;
    else {
      try {
        text = JSON.stringify(value);
      } catch (e) {
        text = undefined;
      }
      if (text === undefined) text = String(value);
    }
    return text.length > max ? text.slice(0, max) + '...' : text;
  }

  // Plain data for the results document; anything JSON cannot carry becomes its description.
  function safeData(value) {
    if (value === undefined) return undefined;
    try {
      var text = JSON.stringify(value);
      if (text !== undefined) return JSON.parse(text);
    } catch (e) {
      // Cyclic or BigInt values fall through to their description.
    }
    return describe(value);
  }
`;
/** Evaluates to `function (describe) { return expect; }`. */
const EXPECT_SOURCE = `(function (describe) {
  'use strict';
  function typeName(value) {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'array';
    return typeof value;
  }

  // toEqual ignores properties whose value is undefined; toStrictEqual does not, and also
  // compares prototypes, so an array never equals an object with the same keys.
  function deepEqual(a, b, strict) {
    if (Object.is(a, b)) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
    if (a instanceof RegExp && b instanceof RegExp) return String(a) === String(b);
    if (Array.isArray(a) && a.length !== b.length) return false;

    var keysA = Object.keys(a).filter(function (k) { return strict || a[k] !== undefined; });
    var keysB = Object.keys(b).filter(function (k) { return strict || b[k] !== undefined; });
    if (keysA.length !== keysB.length) return false;
    for (var i = 0; i < keysA.length; i++) {
      var key = keysA[i];
      if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
      if (!deepEqual(a[key], b[key], strict)) return false;
    }
    return true;
  }

  function AssertionError(message, expected, actual, hasExpected) {
    var error = new Error(message);
    error.name = 'AssertionError';
    error.expected = expected;
    error.actual = actual;
    error.hasExpected = hasExpected;
    return error;
  }

  function lengthOf(value) {
    return value !== null && value !== undefined && typeof value.length === 'number' ? value.length : undefined;
  }

  function propertyAt(value, path) {
    var keys = Array.isArray(path) ? path : String(path).split('.');
    var current = value;
    for (var i = 0; i < keys.length; i++) {
      if (current === null || current === undefined || !(Object(current) instanceof Object) || !(keys[i] in Object(current))) {
        return { found: false };
      }
      current = current[keys[i]];
    }
    return { found: true, value: current };
  }

  function numberCheck(actual, expected, name) {
    if (typeof actual !== 'number' && typeof actual !== 'bigint') {
      throw AssertionError('expected ' + describe(actual) + ' (' + typeName(actual) + ') to be a number for ' + name, expected, actual, true);
    }
  }

  function matchers(actual, negated) {
    var not = negated ? 'not ' : '';

    function check(pass, text, expected, hasExpected) {
      if (pass === negated) {
        throw AssertionError('expected ' + describe(actual) + ' ' + not + text, expected, actual, hasExpected);
      }
    }

    return {
      toBe: function (expected) {
        check(Object.is(actual, expected), 'to be ' + describe(expected), expected, true);
      },
      toEqual: function (expected) {
        check(deepEqual(actual, expected, false), 'to equal ' + describe(expected), expected, true);
      },
      toStrictEqual: function (expected) {
        check(deepEqual(actual, expected, true), 'to strictly equal ' + describe(expected), expected, true);
      },
      toBeDefined: function () {
        check(actual !== undefined, 'to be defined');
      },
      toBeUndefined: function () {
        check(actual === undefined, 'to be undefined');
      },
      toBeNull: function () {
        check(actual === null, 'to be null', null, true);
      },
      toBeTruthy: function () {
        check(!!actual, 'to be truthy');
      },
      toBeFalsy: function () {
        check(!actual, 'to be falsy');
      },
      toContain: function (item) {
        var pass = typeof actual === 'string'
          ? actual.indexOf(String(item)) !== -1
          : actual !== null && actual !== undefined && typeof actual.indexOf === 'function' && actual.indexOf(item) !== -1;
        check(pass, 'to contain ' + describe(item), item, true);
      },
      toMatch: function (pattern) {
        var regex = pattern instanceof RegExp ? pattern : null;
        var pass = typeof actual === 'string' && (regex ? regex.test(actual) : actual.indexOf(String(pattern)) !== -1);
        check(pass, 'to match ' + describe(pattern), String(pattern), true);
      },
      toBeGreaterThan: function (expected) {
        numberCheck(actual, expected, 'toBeGreaterThan');
        check(actual > expected, 'to be greater than ' + describe(expected), expected, true);
      },
      toBeGreaterThanOrEqual: function (expected) {
        numberCheck(actual, expected, 'toBeGreaterThanOrEqual');
        check(actual >= expected, 'to be greater than or equal to ' + describe(expected), expected, true);
      },
      toBeLessThan: function (expected) {
        numberCheck(actual, expected, 'toBeLessThan');
        check(actual < expected, 'to be less than ' + describe(expected), expected, true);
      },
      toBeLessThanOrEqual: function (expected) {
        numberCheck(actual, expected, 'toBeLessThanOrEqual');
        check(actual <= expected, 'to be less than or equal to ' + describe(expected), expected, true);
      },
      toHaveProperty: function (path, value) {
        var found = propertyAt(actual, path);
        if (arguments.length < 2) {
          check(found.found, 'to have property ' + describe(path), path, true);
        } else {
          check(found.found && deepEqual(found.value, value, false),
            'to have property ' + describe(path) + ' equal to ' + describe(value), value, true);
        }
      },
      toHaveLength: function (expected) {
        check(lengthOf(actual) === expected, 'to have length ' + describe(expected) + ' (its length is ' + describe(lengthOf(actual)) + ')', expected, true);
      },
      toBeTypeOf: function (expected) {
        // The result of the typeof operator, as in Vitest: null and arrays are "object".
        check(typeof actual === expected, 'to be of type ' + describe(expected) + ' (it is ' + typeof actual + ')', expected, true);
      },
    };
  }

  function expect(actual) {
    var positive = matchers(actual, false);
    positive.not = Object.freeze(matchers(actual, true));
    return Object.freeze(positive);
  }

  return expect;
})`;
//# sourceMappingURL=expect.js.map
;// CONCATENATED MODULE: ./lib/script/bootstrap.js
/**
 * The `at` API as JavaScript source for QuickJS. The source is a function of the host bridge `h`
 * (functions that take and return strings only); a sandbox calls it once per context. It freezes
 * the built-ins and returns two hooks that only the worker keeps:
 *
 *   open()    builds the `at` and `console` globals of the next script and returns its hooks
 *             (`settle`, `request`, `finish`)
 *   close()   ends that script, removes the globals it added and returns whether the context can
 *             serve another script
 *
 * Bridge functions, all strings in and out, which act for the open script:
 *   h.data()                      JSON of the HostSnapshot
 *   h.call(method, argsJson)      JSON envelope `{ ok, value | error }` of a synchronous host call
 *   h.start(method, argsJson)     id of an asynchronous host call, settled later through `settle`
 *   h.crypto(op, argsJson)        JSON envelope of a node:crypto computation
 *   h.log(level, message)         records a console line
 *   h.record(recordJson)          records an assertion (an `at.test` or a failed `at.expect`)
 *   h.skip()                      marks the step as skipped
 *   h.source(name)                source code compiled with the bootstrap (only 'expect')
 *
 * Compiling this source costs about ten times a short script's run (quickjs-emscripten 0.32 offers
 * no bytecode cache), which is why a context serves many scripts instead of one.
 */

const BOOTSTRAP_FILE = 'flow-runner:bootstrap';
const BOOTSTRAP_SOURCE = `(function (h) {
  'use strict';
  var parseJson = JSON.parse;
  var toJson = JSON.stringify;
  var freeze = Object.freeze;
  var defineProperty = Object.defineProperty;
  var getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  var getPrototypeOf = Object.getPrototypeOf;
  var isExtensible = Object.isExtensible;
  var ownKeys = Reflect.ownKeys;
  var deleteProperty = Reflect.deleteProperty;

  function fail(name, message) {
    var error = name === 'TypeError' ? new TypeError(message) : new Error(message);
    if (name !== 'TypeError' && name !== 'Error') error.name = name;
    return error;
  }

  function unwrap(envelopeJson) {
    var envelope = parseJson(envelopeJson);
    if (!envelope.ok) throw fail(envelope.error.name, envelope.error.message);
    return envelope.value;
  }

  ${DESCRIBE_SOURCE}

  // Indirect eval compiles in the global scope. \`expect\` is compiled while the sandbox is
  // built, so that no script's deadline pays for it.
  var evaluate = eval;
  var expect = evaluate(h.source('expect'))(describe);

  // Values cross to the host as JSON data, so code can never reach it: reject what JSON drops.
  function toData(value, what) {
    if (typeof value === 'function') {
      throw new TypeError(what + ' is a function; only JSON data (strings, numbers, booleans, null, arrays, plain objects) can be stored');
    }
    if (value === undefined) {
      throw new TypeError(what + ' is undefined; use at.variables.unset(name) to remove a variable');
    }
    var text;
    try {
      text = toJson(value);
    } catch (e) {
      throw new TypeError(what + ' cannot be converted to JSON: ' + (e && e.message));
    }
    if (text === undefined) throw new TypeError(what + ' cannot be converted to JSON');
    return parseJson(text);
  }

  function checkName(name, where) {
    if (typeof name !== 'string' || name === '') {
      throw new TypeError(where + ': the name must be a non-empty string, got ' + describe(name));
    }
  }

  // The options of at.cookies.set and the type each one takes.
  var COOKIE_OPTION_TYPES = {
    url: 'string',
    path: 'string',
    domain: 'string',
    secure: 'boolean',
    httpOnly: 'boolean',
    maxAge: 'number',
    expires: 'string or number',
  };

  function cookieOptions(options, where) {
    if (options === undefined || options === null) return {};
    if (typeof options !== 'object' || Array.isArray(options)) {
      throw new TypeError(where + ': the options must be an object, got ' + describe(options));
    }
    var plain = {};
    var keys = Object.keys(options);
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i];
      var value = options[key];
      if (!Object.prototype.hasOwnProperty.call(COOKIE_OPTION_TYPES, key)) {
        throw new TypeError(where + ': unknown option "' + key + '"; the options are ' + Object.keys(COOKIE_OPTION_TYPES).join(', '));
      }
      if (value === undefined) continue;
      var type = typeof value;
      var expected = COOKIE_OPTION_TYPES[key];
      var valid = key === 'expires' ? type === 'string' || type === 'number' : type === expected;
      if (!valid) throw new TypeError(where + ': the option ' + key + ' must be a ' + expected + ', got ' + describe(value));
      if (type === 'number' && !isFinite(value)) throw new TypeError(where + ': the option ' + key + ' must be a finite number, got ' + describe(value));
      plain[key] = value;
    }
    return plain;
  }

  function onlyIn(member, phases) {
    return function () {
      throw new Error(member + ' is only available in ' + phases);
    };
  }

  // --- responses ------------------------------------------------------------------------------

  function makeHeaders(pairs) {
    var lookup = {};
    for (var i = 0; i < pairs.length; i++) {
      var key = String(pairs[i][0]).toLowerCase();
      lookup[key] = lookup[key] === undefined ? pairs[i][1] : lookup[key] + ', ' + pairs[i][1];
    }
    return freeze({
      get: function (name) {
        var value = lookup[String(name).toLowerCase()];
        return value === undefined ? undefined : value;
      },
      has: function (name) {
        return Object.prototype.hasOwnProperty.call(lookup, String(name).toLowerCase());
      },
      toObject: function () {
        var copy = {};
        for (var key in lookup) copy[key] = lookup[key];
        return copy;
      },
    });
  }

  function makeResponse(source, label) {
    var body = source.body;
    return freeze({
      status: source.status,
      statusText: source.statusText,
      headers: makeHeaders(source.headers),
      duration: source.durationMs,
      size: source.size,
      url: source.url,
      text: function () {
        return body;
      },
      json: function () {
        try {
          return parseJson(body);
        } catch (e) {
          var excerpt = body.length > 80 ? body.slice(0, 80) + '...' : body;
          throw new SyntaxError(label + '.json(): the body is not valid JSON (' + e.message + '); it starts with ' + toJson(excerpt));
        }
      },
    });
  }

  // Interrupts, out-of-memory and stack overflow end the script; a test must not swallow them.
  function isFatal(error) {
    return typeof InternalError === 'function' && error instanceof InternalError;
  }

  // --- one script --------------------------------------------------------------------------------

  // Each script opens its own \`at\` and \`console\`. \`active\` names the open one, so an \`at\`
  // kept past its script's end cannot call the host on behalf of the next script.
  var opened = 0;
  var active = 0;

  function open() {
    var id = ++opened;
    active = id;
    var data = parseJson(h.data());
    var phase = data.phase;

    function guard() {
      if (active !== id) throw new Error('this at object belongs to a script that has ended');
    }

    function call(method, args) {
      guard();
      return unwrap(h.call(method, toJson(args)));
    }

    function cryptoCall(op, args) {
      guard();
      return unwrap(h.crypto(op, toJson(args)));
    }

    // --- variables, environment, secrets --------------------------------------------------------

    var variables = freeze({
      get: function (name) {
        checkName(name, 'at.variables.get');
        return call('getVariable', [name]);
      },
      has: function (name) {
        checkName(name, 'at.variables.has');
        return call('hasVariable', [name]);
      },
      set: function (name, value, options) {
        checkName(name, 'at.variables.set');
        var secret = options !== undefined && options !== null && options.secret === true;
        call('setVariable', [name, toData(value, 'the value of "' + name + '"'), { secret: secret }]);
      },
      unset: function (name) {
        checkName(name, 'at.variables.unset');
        call('unsetVariable', [name]);
      },
    });

    var environment = data.environment;
    var env = freeze({
      get: function (name) {
        checkName(name, 'at.env.get');
        if (!Object.prototype.hasOwnProperty.call(environment, name)) return undefined;
        var value = environment[name];
        return value !== null && typeof value === 'object' ? parseJson(toJson(value)) : value;
      },
      has: function (name) {
        return typeof name === 'string' && Object.prototype.hasOwnProperty.call(environment, name);
      },
    });

    var secrets = freeze({
      get: function (name) {
        checkName(name, 'at.secrets.get');
        var value = call('getSecret', [name]);
        return value === null ? undefined : value;
      },
    });

    // --- cookies --------------------------------------------------------------------------------

    // Pre scripts default to the request's current URL and post scripts to the response's URL.
    // The other phases have no request to default to.
    function cookieUrl(url, where) {
      if (url === undefined) {
        if (phase === 'pre') return request.url;
        if (phase === 'post') return data.response.url;
        var scripts = phase === 'if' ? 'if expressions' : phase + ' scripts';
        throw new Error(where + ' needs a URL in ' + scripts + ': only pre and post scripts have a default URL');
      }
      if (typeof url !== 'string' || url === '') {
        throw new TypeError(where + ': the URL must be a non-empty string, got ' + describe(url));
      }
      return url;
    }

    function cookieCall(method, where, args) {
      try {
        return call(method, args);
      } catch (e) {
        throw fail(e.name, where + ': ' + e.message);
      }
    }

    var cookies = freeze({
      get: function (name, url) {
        checkName(name, 'at.cookies.get');
        var value = cookieCall('getCookie', 'at.cookies.get', [name, cookieUrl(url, 'at.cookies.get')]);
        return value === null ? undefined : value;
      },
      has: function (name, url) {
        checkName(name, 'at.cookies.has');
        return cookieCall('getCookie', 'at.cookies.has', [name, cookieUrl(url, 'at.cookies.has')]) !== null;
      },
      toObject: function (url) {
        return cookieCall('getCookies', 'at.cookies.toObject', [cookieUrl(url, 'at.cookies.toObject')]);
      },
      set: function (name, value, options) {
        checkName(name, 'at.cookies.set');
        if (typeof value !== 'string') {
          throw new TypeError('at.cookies.set: the value of "' + name + '" must be a string, got ' + describe(value));
        }
        var spec = cookieOptions(options, 'at.cookies.set');
        spec.url = cookieUrl(spec.url, 'at.cookies.set');
        cookieCall('setCookie', 'at.cookies.set', [name, value, spec]);
      },
      unset: function (name, url) {
        checkName(name, 'at.cookies.unset');
        cookieCall('unsetCookie', 'at.cookies.unset', [name, cookieUrl(url, 'at.cookies.unset')]);
      },
      // Without a URL this empties the jar, so no default URL applies.
      clear: function (url) {
        var args = url === undefined ? [] : [cookieUrl(url, 'at.cookies.clear')];
        cookieCall('clearCookies', 'at.cookies.clear', args);
      },
    });

    // --- asynchronous host calls ----------------------------------------------------------------

    var pending = {};

    function start(method, args) {
      return new Promise(function (resolve, reject) {
        guard();
        var id = h.start(method, toJson(args));
        pending[id] = { resolve: resolve, reject: reject };
      });
    }

    function settle(id, envelopeJson) {
      var entry = pending[id];
      delete pending[id];
      var envelope = parseJson(envelopeJson);
      if (envelope.ok) entry.resolve(envelope.value);
      else entry.reject(fail(envelope.error.name, envelope.error.message));
    }

    function sendRequest(request) {
      var spec = typeof request === 'string' ? { url: request } : request;
      if (spec === null || typeof spec !== 'object' || typeof spec.url !== 'string') {
        return Promise.reject(new TypeError('at.sendRequest: pass a URL string or an object with a string "url"'));
      }
      var plain;
      try {
        plain = toData(spec, 'the request');
      } catch (e) {
        return Promise.reject(e);
      }
      return start('sendRequest', [plain]).then(function (response) {
        return makeResponse(response, 'response');
      });
    }

    // --- tests ----------------------------------------------------------------------------------

    var running = [];

    function record(name, error) {
      var entry = { name: name, passed: error === undefined };
      if (error !== undefined) {
        entry.message = error && error.message !== undefined ? String(error.message) : String(error);
        if (error && error.name === 'AssertionError') {
          if (error.hasExpected) entry.expected = safeData(error.expected);
          entry.actual = safeData(error.actual);
        }
      }
      guard();
      h.record(toJson(entry));
    }

    function test(name, fn) {
      if (typeof name !== 'string') throw new TypeError('at.test: the first argument must be the test name');
      if (typeof fn !== 'function') throw new TypeError('at.test("' + name + '"): the second argument must be a function');
      var done;
      try {
        var result = fn();
        if (result !== null && typeof result === 'object' && typeof result.then === 'function') {
          done = Promise.resolve(result).then(
            function () { record(name); },
            function (error) {
              if (isFatal(error)) throw error;
              record(name, error);
            }
          );
        } else {
          record(name);
          done = Promise.resolve();
        }
      } catch (error) {
        if (isFatal(error)) throw error;
        record(name, error);
        done = Promise.resolve();
      }
      running.push(done);
      return done;
    }

    // --- crypto ---------------------------------------------------------------------------------

    var crypto = freeze({
      uuid: function () {
        return cryptoCall('uuid', []);
      },
      randomBytes: function (size) {
        return cryptoCall('randomBytes', [size]);
      },
      sha256: function (input, encoding) {
        return cryptoCall('sha256', [String(input), encoding === undefined ? 'hex' : encoding]);
      },
      hmac: function (algorithm, key, input, encoding) {
        return cryptoCall('hmac', [algorithm, String(key), String(input), encoding === undefined ? 'hex' : encoding]);
      },
      base64: freeze({
        encode: function (text) {
          return cryptoCall('base64Encode', [String(text)]);
        },
        decode: function (text) {
          return cryptoCall('base64Decode', [String(text)]);
        },
      }),
    });

    // --- console --------------------------------------------------------------------------------

    function format(args) {
      var parts = [];
      for (var i = 0; i < args.length; i++) {
        parts.push(typeof args[i] === 'string' ? args[i] : describe(args[i], 100000));
      }
      return parts.join(' ');
    }

    function logger(level) {
      return function () {
        guard();
        h.log(level, format(arguments));
      };
    }

    globalThis.console = freeze({
      log: logger('log'),
      info: logger('info'),
      warn: logger('warn'),
      error: logger('error'),
      debug: logger('debug'),
    });

    // --- the at object --------------------------------------------------------------------------

    var request = data.request === undefined ? undefined : data.request;
    var response = data.response === undefined ? undefined : makeResponse(data.response, 'at.response');

    var at = {
      variables: variables,
      env: env,
      secrets: secrets,
      cookies: cookies,
      iteration: data.iteration,
      vu: data.vu,
      flow: data.flow,
      step: data.step,
      phase: phase,
      test: test,
      expect: function (actual) {
        guard();
        return expect(actual);
      },
      sendRequest: sendRequest,
      crypto: crypto,
      skip: phase === 'pre'
        ? function () { guard(); h.skip(); }
        : onlyIn('at.skip()', 'pre scripts'),
      export: phase !== 'afterAll'
        ? onlyIn('at.export', 'afterAll')
        : data.canExport
          ? function (options) { return start('export', [toData(options, 'the export options')]); }
          : function () { return Promise.reject(new Error('at.export is not available in this run')); },
    };
    Object.defineProperty(at, 'request', {
      enumerable: true,
      get: phase === 'pre' ? function () { return request; } : onlyIn('at.request', 'pre scripts'),
    });
    Object.defineProperty(at, 'response', {
      enumerable: true,
      get: phase === 'post' ? function () { return response; } : onlyIn('at.response', 'post scripts'),
    });
    Object.defineProperty(at, 'results', {
      enumerable: true,
      get: phase === 'afterAll' ? function () { return data.results; } : onlyIn('at.results', 'afterAll'),
    });
    globalThis.at = freeze(at);

    if (phase === 'if') {
      globalThis.vars = new Proxy(freeze({}), {
        get: function (_target, name) {
          return typeof name === 'string' ? call('getVariable', [name]) : undefined;
        },
        has: function (_target, name) {
          return typeof name === 'string' && call('hasVariable', [name]);
        },
        set: function () {
          throw new TypeError('vars is read-only in an if expression');
        },
        deleteProperty: function () {
          throw new TypeError('vars is read-only in an if expression');
        },
      });
    }

    // The script's hooks, held by the worker only: never reachable from the user's script.
    return {
      settle: settle,
      request: function () {
        return request === undefined ? '' : toJson(request);
      },
      finish: function (main) {
        return Promise.resolve(main).then(
          function (value) {
            return Promise.all(running).then(function () {
              return phase === 'if' ? (value ? 'true' : 'false') : '';
            });
          },
          function (error) {
            if (error && error.name === 'AssertionError') record('at.expect', error);
            throw error;
          }
        );
      },
    };
  }

  // --- sharing the context between scripts ---------------------------------------------------

  // Scripts of this context share its built-ins, so they are frozen before the first script runs.
  // An assignment to one throws in strict code, and in sloppy code throws or has no effect.
  // Globals that a script adds are removed by close().
  var TAMED = ['constructor', 'name', 'message', 'toString', 'toLocaleString', 'valueOf', 'toJSON'];

  // On a frozen prototype these names would also reject assignments to objects that inherit them
  // (\`error.name = 'AuthError'\`), so they become accessors that give the object its own property.
  function tame(object, key, descriptor) {
    var value = descriptor.value;
    defineProperty(object, key, {
      get() {
        return value;
      },
      set(replacement) {
        if (this === object) throw new TypeError('cannot assign to ' + String(key) + ' of a built-in: built-ins are read-only in scripts');
        if (this === null || (typeof this !== 'object' && typeof this !== 'function')) return;
        defineProperty(this, key, { value: replacement, writable: true, enumerable: true, configurable: true });
      },
      enumerable: descriptor.enumerable,
      configurable: false,
    });
  }

  // Objects of the language that no global property leads to.
  function hiddenIntrinsics() {
    var found = [
      getPrototypeOf(function* () {}),
      getPrototypeOf(async function () {}),
      getPrototypeOf(async function* () {}),
      getPrototypeOf([][Symbol.iterator]()),
      getPrototypeOf(new Map()[Symbol.iterator]()),
      getPrototypeOf(new Set()[Symbol.iterator]()),
      getPrototypeOf(''[Symbol.iterator]()),
      getPrototypeOf(/a/[Symbol.matchAll]('a')),
    ];
    var values = [][Symbol.iterator]();
    if (typeof values.map === 'function') found.push(getPrototypeOf(values.map(function (x) { return x; })));
    if (typeof Iterator === 'function' && typeof Iterator.from === 'function') {
      found.push(getPrototypeOf(Iterator.from({ next: function () { return { done: true }; } })));
    }
    return found;
  }

  // Freezes everything reachable from the global object, which itself stays open for the globals
  // of one script; returns the names it had.
  function harden() {
    var seen = new Set([globalThis]);
    var queue = hiddenIntrinsics();
    var names = ownKeys(globalThis);
    for (var i = 0; i < names.length; i++) {
      var global = getOwnPropertyDescriptor(globalThis, names[i]);
      queue.push(global.value, global.get, global.set);
      defineProperty(globalThis, names[i], 'value' in global ? { writable: false, configurable: false } : { configurable: false });
    }
    while (queue.length > 0) {
      var object = queue.pop();
      if ((typeof object !== 'object' || object === null) && typeof object !== 'function') continue;
      if (seen.has(object)) continue;
      seen.add(object);
      queue.push(getPrototypeOf(object));
      var keys = ownKeys(object);
      for (var j = 0; j < keys.length; j++) {
        var own = getOwnPropertyDescriptor(object, keys[j]);
        if (own.writable && own.configurable && TAMED.indexOf(keys[j]) !== -1) {
          tame(object, keys[j], own);
          own = getOwnPropertyDescriptor(object, keys[j]);
        }
        queue.push(own.value, own.get, own.set);
      }
      freeze(object);
    }
    return names;
  }

  var globalPrototype = getPrototypeOf(globalThis);
  var builtIn = new Set(harden());

  // Ends the open script and removes the globals it added. Returns false when the global object
  // cannot be put back as the first script found it, so the worker builds a new context instead.
  function close() {
    active = 0;
    if (!isExtensible(globalThis) || getPrototypeOf(globalThis) !== globalPrototype) return false;
    var names = ownKeys(globalThis);
    for (var i = 0; i < names.length; i++) {
      if (!builtIn.has(names[i]) && !deleteProperty(globalThis, names[i])) return false;
    }
    return true;
  }

  return { open: open, close: close };
})`;
//# sourceMappingURL=bootstrap.js.map
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./lib/script/crypto.js
/**
 * The `at.crypto` helpers, computed with node:crypto in the worker and returned to the sandbox as
 * data. Each result is an envelope so a bad argument becomes a TypeError inside the script.
 */

const HMAC_ALGORITHMS = ['sha256', 'sha1', 'sha512'];
const ENCODINGS = ['hex', 'base64'];
/** Upper bound for at.crypto.randomBytes, large enough for keys and nonces. */
const MAX_RANDOM_BYTES = 65_536;
/** Computes one at.crypto operation; `args` come from the sandbox as JSON data. */
function computeCrypto(op, args) {
    try {
        return { ok: true, value: compute(op, args) };
    }
    catch (error) {
        return { ok: false, error: { name: 'TypeError', message: error.message } };
    }
}
function compute(op, args) {
    switch (op) {
        case 'uuid':
            return (0,external_node_crypto_namespaceObject.randomUUID)();
        case 'randomBytes': {
            const size = args[0];
            if (typeof size !== 'number' ||
                !Number.isInteger(size) ||
                size < 1 ||
                size > MAX_RANDOM_BYTES) {
                throw new Error(`at.crypto.randomBytes: size must be an integer from 1 to ${MAX_RANDOM_BYTES}, got ${String(size)}`);
            }
            return (0,external_node_crypto_namespaceObject.randomBytes)(size).toString('hex');
        }
        case 'sha256':
            return (0,external_node_crypto_namespaceObject.createHash)('sha256')
                .update(String(args[0]), 'utf8')
                .digest(encoding(args[1], 'at.crypto.sha256'));
        case 'hmac': {
            const algorithm = String(args[0]);
            if (!HMAC_ALGORITHMS.includes(algorithm)) {
                throw new Error(`at.crypto.hmac: algorithm must be one of ${HMAC_ALGORITHMS.join(', ')}, got "${algorithm}"`);
            }
            return (0,external_node_crypto_namespaceObject.createHmac)(algorithm, String(args[1]))
                .update(String(args[2]), 'utf8')
                .digest(encoding(args[3], 'at.crypto.hmac'));
        }
        case 'base64Encode':
            return Buffer.from(String(args[0]), 'utf8').toString('base64');
        case 'base64Decode': {
            const text = String(args[0]);
            if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(text.replace(/\s/g, ''))) {
                throw new Error('at.crypto.base64.decode: the input is not valid base64');
            }
            return Buffer.from(text, 'base64').toString('utf8');
        }
        default:
            throw new Error(`unknown at.crypto operation "${op}"`);
    }
}
function encoding(value, where) {
    if (typeof value === 'string' && ENCODINGS.includes(value))
        return value;
    throw new Error(`${where}: encoding must be "hex" or "base64", got ${JSON.stringify(value)}`);
}
//# sourceMappingURL=crypto.js.map
;// CONCATENATED MODULE: ./lib/script/pm.js
/**
 * Postman's `pm` object and legacy globals as JavaScript evaluated inside QuickJS after the `at`
 * bootstrap, for scripts whose flow marks them `{ postman: ... }`. Everything is built on the
 * public `at` API, so a Postman script can do nothing an `at` script cannot.
 *
 * Postman scopes (environment, globals, collection variables, local variables, iteration data)
 * all map to flow-runner's variables, so a value set in one is read back from any other. A
 * Postman run resolves names the same way when each name lives in one scope.
 *
 * The source evaluates to `{ drain }`. The sandbox passes the user's main promise to
 * `drain(main)`, which also waits for `pm.sendRequest` callbacks, turns legacy `tests[...]`
 * entries into test records and, in pre scripts, keeps the request for `pm.request` in the
 * test script of the same step.
 */
const PM_FILE = 'flow-runner:pm';
/** The variable that carries the sent request from a step's pre script to its test script. */
const PM_REQUEST_VARIABLE = '__pm_request';
/**
 * Calls Postman offers that flow-runner does not: each becomes a failed test named after the
 * call when a script reaches it. The importer reports the same list at import time.
 */
/**
 * Methods of Postman's cookie list (a PropertyList) beyond get, has and toObject. pm.cookies
 * does not offer them; each fails like any other unsupported call.
 */
const PM_COOKIE_LIST_METHODS = [
    'all',
    'count',
    'each',
    'filter',
    'find',
    'idx',
    'indexOf',
    'map',
    'one',
    'reduce',
    'add',
    'append',
    'clear',
    'insert',
    'populate',
    'prepend',
    'remove',
    'upsert',
];
const PM_UNSUPPORTED = [
    'pm.visualizer',
    'pm.vault',
    'pm.require',
    'pm.execution.setNextRequest',
    'postman.setNextRequest',
    'pm.environment.clear',
    'pm.globals.clear',
    'pm.collectionVariables.clear',
    'pm.environment.toObject',
    'pm.globals.toObject',
    'pm.collectionVariables.toObject',
    'pm.iterationData.toObject',
    'postman.clearEnvironmentVariables',
    'postman.clearGlobalVariables',
    'require',
    'CryptoJS',
    'cheerio',
    'xml2Json',
    '_',
    'setTimeout',
    ...PM_COOKIE_LIST_METHODS.map((method) => `pm.cookies.${method}`),
];
const PM_SOURCE = `(function (at) {
  'use strict';
  var PM_COOKIE_LIST_METHODS = ${JSON.stringify(PM_COOKIE_LIST_METHODS)};
  var toJson = JSON.stringify;
  var parseJson = JSON.parse;
  var pending = [];
  var legacyTests = {};
  var testDepth = 0;

  // --- names and values -----------------------------------------------------------------------

  // The importer rewrites Postman names that are not identifiers ("base-url", "a/b") the same way.
  function variableName(name) {
    var text = String(name).replace(/[^A-Za-z0-9_]/g, '_');
    return /^[0-9]/.test(text) ? '_' + text : text;
  }

  function show(value) {
    if (typeof value === 'string') return toJson(value);
    if (value === undefined) return 'undefined';
    if (typeof value === 'function') return '[function]';
    if (value instanceof RegExp) return String(value);
    try {
      var text = toJson(value);
      if (text === undefined) return String(value);
      return text.length > 200 ? text.slice(0, 200) + '...' : text;
    } catch (e) {
      return String(value);
    }
  }

  function typeOf(value) {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'array';
    if (value instanceof RegExp) return 'regexp';
    return typeof value;
  }

  function deepEqual(a, b) {
    if (a === b) return a !== 0 || 1 / a === 1 / b;
    if (typeof a === 'number' && typeof b === 'number') return a !== a && b !== b;
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    var keysA = Object.keys(a);
    var keysB = Object.keys(b);
    if (keysA.length !== keysB.length) return false;
    for (var i = 0; i < keysA.length; i++) {
      if (!Object.prototype.hasOwnProperty.call(b, keysA[i])) return false;
      if (!deepEqual(a[keysA[i]], b[keysA[i]])) return false;
    }
    return true;
  }

  function assertionError(message, actual, expected, hasExpected) {
    var error = new Error(message);
    error.name = 'AssertionError';
    error.actual = actual;
    error.expected = expected;
    error.hasExpected = hasExpected;
    return error;
  }

  // --- unsupported calls ----------------------------------------------------------------------

  // Inside pm.test the call throws, failing that test; elsewhere it records one failed test and
  // returns undefined, so the rest of the script still runs.
  function unsupported(name) {
    return function () {
      var message = name + ' is not supported by flow-runner (see docs/import.md for the supported pm API)';
      if (testDepth > 0) throw new Error(message);
      at.test(name, function () { throw new Error(message); });
      return undefined;
    };
  }

  function unsupportedObject(name) {
    return new Proxy(unsupported(name), {
      get: function (_target, key) {
        return typeof key === 'string' ? unsupported(name + '.' + key) : undefined;
      },
    });
  }

  // --- variable scopes ------------------------------------------------------------------------

  // Postman environment values of type secret are imported as declared secrets.
  function readVariable(name) {
    var key = variableName(name);
    if (at.variables.has(key)) return at.variables.get(key);
    if (at.env.has(key)) return at.env.get(key);
    try {
      return at.secrets.get(key);
    } catch (e) {
      return undefined;
    }
  }

  function hasVariable(name) {
    var key = variableName(name);
    return at.variables.has(key) || at.env.has(key);
  }

  function replaceIn(template) {
    return String(template).replace(/\\{\\{\\s*([^{}]+?)\\s*\\}\\}/g, function (match, name) {
      if (name.charAt(0) === '$') return match;
      var value = readVariable(name);
      if (value === undefined) return match;
      return typeof value === 'string' ? value : toJson(value);
    });
  }

  function scope(label) {
    return {
      get: readVariable,
      has: hasVariable,
      set: function (name, value) {
        at.variables.set(variableName(name), value === undefined ? null : value);
      },
      unset: function (name) {
        at.variables.unset(variableName(name));
      },
      replaceIn: replaceIn,
      clear: unsupported(label + '.clear'),
      toObject: unsupported(label + '.toObject'),
    };
  }

  // --- pm.expect in Chai's style --------------------------------------------------------------

  var WORDS = ['to', 'be', 'been', 'is', 'that', 'which', 'and', 'has', 'have', 'with', 'at', 'of', 'same', 'but', 'does', 'still', 'also'];

  function expect(actual, note) {
    var flags = { negate: false, deep: false, own: false };
    var chain = {};
    var prefix = note === undefined ? '' : String(note) + ': ';

    function check(passed, message, expected, hasExpected) {
      if (passed === flags.negate) {
        var text = prefix + 'expected ' + show(actual) + (flags.negate ? ' not ' : ' ') + message;
        throw assertionError(text, actual, expected, hasExpected);
      }
      return chain;
    }

    function word(name, apply) {
      Object.defineProperty(chain, name, { get: function () { if (apply) apply(); return chain; } });
    }
    for (var i = 0; i < WORDS.length; i++) word(WORDS[i]);
    word('not', function () { flags.negate = !flags.negate; });
    word('deep', function () { flags.deep = true; });
    word('own', function () { flags.own = true; });
    word('nested');
    word('any');
    word('all');

    function assertion(name, getter) {
      Object.defineProperty(chain, name, { get: getter });
    }
    assertion('ok', function () { return check(!!actual, 'to be truthy'); });
    assertion('true', function () { return check(actual === true, 'to be true', true, true); });
    assertion('false', function () { return check(actual === false, 'to be false', false, true); });
    assertion('null', function () { return check(actual === null, 'to be null', null, true); });
    assertion('undefined', function () { return check(actual === undefined, 'to be undefined'); });
    assertion('NaN', function () { return check(typeof actual === 'number' && actual !== actual, 'to be NaN'); });
    assertion('exist', function () { return check(actual !== null && actual !== undefined, 'to exist'); });
    assertion('empty', function () {
      var size = typeof actual === 'string' || Array.isArray(actual)
        ? actual.length
        : actual !== null && typeof actual === 'object' ? Object.keys(actual).length : -1;
      return check(size === 0, 'to be empty');
    });

    function equal(expected) {
      var same = flags.deep ? deepEqual(actual, expected) : actual === expected;
      return check(same, 'to ' + (flags.deep ? 'deeply ' : '') + 'equal ' + show(expected), expected, true);
    }
    chain.equal = chain.equals = chain.eq = equal;
    chain.eql = chain.eqls = function (expected) {
      return check(deepEqual(actual, expected), 'to deeply equal ' + show(expected), expected, true);
    };

    chain.a = chain.an = function (type) {
      var wanted = String(type).toLowerCase();
      return check(typeOf(actual) === wanted, 'to be ' + (/^[aeiou]/.test(wanted) ? 'an ' : 'a ') + wanted, type, true);
    };
    chain.instanceOf = chain.instanceof = function (constructor) {
      return check(actual instanceof constructor, 'to be an instance of ' + (constructor && constructor.name));
    };

    function compare(label, test) {
      return function (limit) {
        return check(typeof actual === 'number' && test(actual, limit), 'to be ' + label + ' ' + show(limit), limit, true);
      };
    }
    chain.above = chain.gt = chain.greaterThan = compare('above', function (a, b) { return a > b; });
    chain.below = chain.lt = chain.lessThan = compare('below', function (a, b) { return a < b; });
    chain.least = chain.gte = chain.greaterThanOrEqual = compare('at least', function (a, b) { return a >= b; });
    chain.most = chain.lte = chain.lessThanOrEqual = compare('at most', function (a, b) { return a <= b; });
    chain.within = function (low, high) {
      return check(typeof actual === 'number' && actual >= low && actual <= high, 'to be within ' + low + '..' + high);
    };

    function include(expected) {
      var found;
      if (typeof actual === 'string') found = actual.indexOf(String(expected)) !== -1;
      else if (Array.isArray(actual)) {
        found = false;
        for (var i = 0; i < actual.length && !found; i++) {
          found = flags.deep || (expected !== null && typeof expected === 'object')
            ? deepEqual(actual[i], expected)
            : actual[i] === expected;
        }
      } else if (actual !== null && typeof actual === 'object' && expected !== null && typeof expected === 'object') {
        found = true;
        for (var key in expected) {
          if (!Object.prototype.hasOwnProperty.call(expected, key)) continue;
          var same = flags.deep ? deepEqual(actual[key], expected[key]) : actual[key] === expected[key];
          if (!same) found = false;
        }
      } else found = false;
      return check(found, 'to include ' + show(expected), expected, true);
    }
    chain.include = chain.includes = chain.contain = chain.contains = include;

    // As in Chai, a property assertion moves the chain on to the property's value.
    chain.property = function (name, value) {
      var holder = actual !== null && actual !== undefined ? Object(actual) : undefined;
      var present = holder !== undefined && (flags.own ? Object.prototype.hasOwnProperty.call(holder, name) : name in holder);
      var actualValue = present ? holder[name] : undefined;
      if (arguments.length < 2) {
        check(present, 'to have property ' + show(name));
        return flags.negate ? chain : expect(actualValue, note);
      }
      var same = flags.deep ? deepEqual(actualValue, value) : actualValue === value;
      if (flags.negate) return check(present && same, 'to have property ' + show(name) + ' of ' + show(value), value, true);
      if (!present) check(false, 'to have property ' + show(name));
      if (!same) {
        throw assertionError(prefix + 'expected property ' + show(name) + ' to be ' + show(value) + ' but got ' + show(actualValue), actualValue, value, true);
      }
      return expect(actualValue, note);
    };
    chain.ownProperty = chain.haveOwnProperty = function (name) {
      return check(actual !== null && actual !== undefined && Object.prototype.hasOwnProperty.call(Object(actual), name), 'to have own property ' + show(name));
    };
    chain.lengthOf = chain.length = function (size) {
      var length = actual !== null && actual !== undefined ? actual.length : undefined;
      return check(length === size, 'to have length ' + size + ' (it has ' + show(length) + ')', size, true);
    };
    chain.match = chain.matches = function (pattern) {
      return check(typeof actual === 'string' && pattern.test(actual), 'to match ' + String(pattern));
    };
    chain.string = function (text) {
      return check(typeof actual === 'string' && actual.indexOf(text) !== -1, 'to contain ' + show(text));
    };
    chain.oneOf = function (list) {
      var found = false;
      for (var i = 0; i < list.length; i++) if (flags.deep ? deepEqual(list[i], actual) : list[i] === actual) found = true;
      return check(found, 'to be one of ' + show(list), list, true);
    };
    chain.keys = chain.key = function () {
      var wanted = arguments.length === 1 && Array.isArray(arguments[0]) ? arguments[0] : Array.prototype.slice.call(arguments);
      var have = actual !== null && typeof actual === 'object' ? Object.keys(actual) : [];
      var all = true;
      for (var i = 0; i < wanted.length; i++) if (have.indexOf(String(wanted[i])) === -1) all = false;
      return check(all, 'to have keys ' + show(wanted));
    };
    chain.members = function (list) {
      var same = Array.isArray(actual) && actual.length === list.length;
      for (var i = 0; same && i < list.length; i++) {
        var found = false;
        for (var j = 0; j < actual.length; j++) if (deepEqual(actual[j], list[i])) found = true;
        if (!found) same = false;
      }
      return check(same, 'to have the members ' + show(list));
    };
    chain.satisfy = function (predicate) {
      return check(!!predicate(actual), 'to satisfy the given function');
    };
    return chain;
  }

  expect.fail = function (message) {
    throw assertionError(message === undefined ? 'expect.fail() was called' : String(message), undefined, undefined, false);
  };

  // --- tests ----------------------------------------------------------------------------------

  function test(name, fn) {
    if (typeof fn !== 'function') return at.test(String(name), function () {});
    return at.test(String(name), function () {
      testDepth++;
      try {
        if (fn.length === 0) return fn();
        // pm.test(name, function (done) { ... }): the test ends when done is called.
        return new Promise(function (resolve, reject) {
          fn(function (error) { if (error) reject(error); else resolve(); });
        });
      } finally {
        testDepth--;
      }
    });
  }
  test.skip = function (name) {
    console.log('pm.test.skip: "' + name + '" skipped');
  };

  // --- headers, responses and requests --------------------------------------------------------

  function headerList(source) {
    var list = [];
    if (Array.isArray(source)) {
      for (var i = 0; i < source.length; i++) {
        if (source[i] && !source[i].disabled) list.push({ key: String(source[i].key), value: String(source[i].value) });
      }
    } else if (source && typeof source === 'object') {
      for (var name in source) list.push({ key: name, value: String(source[name]) });
    }
    return list;
  }

  function headerView(read, write) {
    var view = {
      get: function (name) {
        var all = read();
        for (var key in all) if (key.toLowerCase() === String(name).toLowerCase()) return all[key];
        return undefined;
      },
      has: function (name, value) {
        var found = view.get(name);
        return found !== undefined && (value === undefined || found === value);
      },
      toObject: function () {
        var copy = {};
        var all = read();
        for (var key in all) copy[key.toLowerCase()] = all[key];
        return copy;
      },
      all: function () {
        var all = read();
        var list = [];
        for (var key in all) list.push({ key: key, value: all[key] });
        return list;
      },
      each: function (callback) {
        var list = view.all();
        for (var i = 0; i < list.length; i++) callback(list[i]);
      },
    };
    if (write) {
      view.add = function (header) { write(header.key, header.value); };
      view.upsert = function (header) { write(header.key, header.value); };
      view.set = function (name, value) { write(name, value); };
      view.remove = function (name) { write(name, undefined); };
    }
    return view;
  }

  function wrapResponse(source) {
    var response = {
      code: source.status,
      status: source.statusText,
      responseTime: source.duration,
      responseSize: source.size,
      headers: headerView(function () { return source.headers.toObject(); }),
      text: function () { return source.text(); },
      json: function () { return source.json(); },
    };
    response.reason = function () { return source.statusText; };

    function statusCheck(label, passed) {
      return function () {
        if (!passed()) {
          throw assertionError('expected response to ' + label + ' but got status ' + source.status, source.status, undefined, false);
        }
      };
    }
    var be = {};
    var classes = {
      ok: function () { return source.status >= 200 && source.status < 300; },
      success: function () { return source.status >= 200 && source.status < 300; },
      info: function () { return source.status >= 100 && source.status < 200; },
      redirection: function () { return source.status >= 300 && source.status < 400; },
      clientError: function () { return source.status >= 400 && source.status < 500; },
      serverError: function () { return source.status >= 500; },
      error: function () { return source.status >= 400; },
      accepted: function () { return source.status === 202; },
      badRequest: function () { return source.status === 400; },
      unauthorized: function () { return source.status === 401; },
      forbidden: function () { return source.status === 403; },
      notFound: function () { return source.status === 404; },
      rateLimited: function () { return source.status === 429; },
    };
    Object.keys(classes).forEach(function (name) {
      Object.defineProperty(be, name, { get: statusCheck('be ' + name, classes[name]) });
    });
    Object.defineProperty(be, 'json', {
      get: function () {
        try {
          parseJson(source.text());
        } catch (e) {
          throw assertionError('expected response body to be JSON: ' + e.message, undefined, undefined, false);
        }
      },
    });

    var have = {
      status: function (expected) {
        var passed = typeof expected === 'number' ? source.status === expected : source.statusText === expected;
        if (!passed) {
          var actual = typeof expected === 'number' ? source.status : source.statusText;
          throw assertionError('expected response to have status ' + show(expected) + ' but got ' + show(actual), actual, expected, true);
        }
      },
      header: function (name, value) {
        var found = source.headers.get(name);
        if (found === undefined) throw assertionError('expected response to have header ' + show(name), undefined, name, true);
        if (arguments.length > 1 && found !== value) {
          throw assertionError('expected header ' + show(name) + ' to be ' + show(value) + ' but got ' + show(found), found, value, true);
        }
      },
      body: function (expected) {
        var text = source.text();
        if (arguments.length === 0) {
          if (text === '') throw assertionError('expected response to have a body', text, undefined, false);
          return;
        }
        var passed = expected instanceof RegExp ? expected.test(text) : text === String(expected);
        if (!passed) throw assertionError('expected response body to be ' + show(expected), text, expected, true);
      },
      jsonBody: function (path, value) {
        var body;
        try {
          body = source.json();
        } catch (e) {
          throw assertionError('expected response to have a JSON body: ' + e.message, undefined, undefined, false);
        }
        if (arguments.length === 0) return;
        if (typeof path === 'object' && path !== null) {
          if (!deepEqual(body, path)) throw assertionError('expected JSON body to deeply equal ' + show(path), body, path, true);
          return;
        }
        var current = body;
        var parts = String(path).split('.');
        for (var i = 0; i < parts.length; i++) {
          if (current === null || typeof current !== 'object' || !(parts[i] in current)) {
            throw assertionError('expected JSON body to have path ' + show(path), body, path, true);
          }
          current = current[parts[i]];
        }
        if (arguments.length > 1 && !deepEqual(current, value)) {
          throw assertionError('expected JSON path ' + show(path) + ' to be ' + show(value) + ' but got ' + show(current), current, value, true);
        }
      },
      responseTime: {
        below: function (limit) {
          if (!(source.duration < limit)) throw assertionError('expected response time below ' + limit + ' ms but it took ' + source.duration + ' ms', source.duration, limit, true);
        },
      },
      jsonSchema: function (schema) {
        var body;
        try {
          body = source.json();
        } catch (e) {
          throw assertionError('expected response to have a JSON body: ' + e.message, undefined, undefined, false);
        }
        var problem = validateSchema(body, schema);
        if (problem !== undefined) throw assertionError('expected response body to match the JSON Schema: ' + problem, body, schema, true);
      },
    };
    var to = { be: be, have: have };
    to.not = { be: negated(be, 'pm.response.to.not.be'), have: negated(have, 'pm.response.to.not.have') };
    response.to = to;
    response.be = be;
    response.have = have;
    return response;
  }

  // Builds the "not" form of response assertions: each passes exactly when the original fails.
  function negated(target, path) {
    var result = {};
    Object.getOwnPropertyNames(target).forEach(function (name) {
      var descriptor = Object.getOwnPropertyDescriptor(target, name);
      var label = path + '.' + name;
      var invert = function (run) {
        try {
          run();
        } catch (error) {
          if (error && error.name === 'AssertionError') return;
          throw error;
        }
        throw assertionError('expected ' + label + ' to fail, but it passed', undefined, undefined, false);
      };
      if (descriptor.get) {
        Object.defineProperty(result, name, { get: function () { invert(function () { return descriptor.get.call(target); }); } });
      } else if (typeof descriptor.value === 'function') {
        var fn = descriptor.value;
        result[name] = function () {
          var args = arguments;
          invert(function () { fn.apply(target, args); });
        };
      } else if (descriptor.value !== null && typeof descriptor.value === 'object') {
        result[name] = negated(descriptor.value, label);
      }
    });
    return result;
  }

  function requestView() {
    var current;
    if (at.phase === 'pre') current = at.request;
    else if (at.variables.has('${PM_REQUEST_VARIABLE}')) current = at.variables.get('${PM_REQUEST_VARIABLE}');
    if (current === undefined) current = { method: 'GET', url: '', headers: {} };
    var url = {
      toString: function () { return current.url; },
      getHost: function () { return hostOf(current.url); },
      getPath: function () { return pathOf(current.url); },
      getQueryString: function () { var i = current.url.indexOf('?'); return i < 0 ? '' : current.url.slice(i + 1); },
    };
    var view = {
      url: url,
      method: current.method,
      headers: headerView(
        function () { return current.headers; },
        at.phase === 'pre'
          ? function (name, value) {
              for (var key in current.headers) if (key.toLowerCase() === String(name).toLowerCase()) delete current.headers[key];
              if (value !== undefined) current.headers[name] = String(value);
            }
          : undefined
      ),
      body: current.body === undefined ? undefined : { mode: 'raw', raw: current.body, toString: function () { return current.body; } },
    };
    if (at.phase === 'pre') {
      view.addHeader = function (header) { view.headers.upsert(header); };
      view.removeHeader = function (name) { view.headers.remove(name); };
    }
    return view;
  }

  function hostOf(url) {
    var match = /^[a-z]+:\\/\\/([^/:?#]+)/i.exec(url);
    return match ? match[1] : '';
  }

  function pathOf(url) {
    var match = /^[a-z]+:\\/\\/[^/?#]*([^?#]*)/i.exec(url);
    return match && match[1] ? match[1] : '/';
  }

  // --- JSON Schema -----------------------------------------------------------------------------

  // The core keywords of drafts 4 to 7; other keywords (format, dependencies...) are ignored, as
  // validators do with keywords they do not know. Returns the first problem, or undefined.
  function validateSchema(value, schema) {
    return checkSchema(value, schema, schema, '$');
  }

  function checkSchema(value, schema, root, path) {
    if (schema === true || schema === undefined || schema === null) return undefined;
    if (schema === false) return path + ': no value is allowed here';
    if (typeof schema.$ref === 'string') {
      var target = resolvePointer(root, schema.$ref);
      if (target === undefined) return path + ': cannot resolve $ref ' + schema.$ref;
      return checkSchema(value, target, root, path);
    }

    var kind = typeOf(value);
    if (schema.type !== undefined) {
      var types = Array.isArray(schema.type) ? schema.type : [schema.type];
      var typed = types.some(function (type) {
        return type === kind || (type === 'integer' && kind === 'number' && Math.floor(value) === value) || (type === 'number' && kind === 'number');
      });
      if (!typed) return path + ': expected type ' + types.join(' or ') + ' but got ' + kind;
    }
    if (schema.enum !== undefined && !schema.enum.some(function (item) { return deepEqual(item, value); })) {
      return path + ': ' + show(value) + ' is not one of ' + show(schema.enum);
    }
    if (schema.const !== undefined && !deepEqual(schema.const, value)) return path + ': expected ' + show(schema.const);

    var problem = checkNumber(value, schema, path) || checkString(value, schema, path) || checkArray(value, schema, root, path) || checkObject(value, schema, root, path);
    if (problem) return problem;

    if (Array.isArray(schema.allOf)) {
      for (var i = 0; i < schema.allOf.length; i++) {
        problem = checkSchema(value, schema.allOf[i], root, path);
        if (problem) return problem;
      }
    }
    if (Array.isArray(schema.anyOf) && !schema.anyOf.some(function (part) { return checkSchema(value, part, root, path) === undefined; })) {
      return path + ': matches none of anyOf';
    }
    if (Array.isArray(schema.oneOf)) {
      var matches = schema.oneOf.filter(function (part) { return checkSchema(value, part, root, path) === undefined; }).length;
      if (matches !== 1) return path + ': matches ' + matches + ' of oneOf, expected exactly 1';
    }
    if (schema.not !== undefined && checkSchema(value, schema.not, root, path) === undefined) return path + ': matches the schema under not';
    return undefined;
  }

  function checkNumber(value, schema, path) {
    if (typeof value !== 'number') return undefined;
    if (typeof schema.minimum === 'number' && (schema.exclusiveMinimum === true ? value <= schema.minimum : value < schema.minimum)) return path + ': ' + value + ' is below the minimum ' + schema.minimum;
    if (typeof schema.maximum === 'number' && (schema.exclusiveMaximum === true ? value >= schema.maximum : value > schema.maximum)) return path + ': ' + value + ' is above the maximum ' + schema.maximum;
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) return path + ': ' + value + ' is not above ' + schema.exclusiveMinimum;
    if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) return path + ': ' + value + ' is not below ' + schema.exclusiveMaximum;
    if (typeof schema.multipleOf === 'number' && Math.abs(value / schema.multipleOf - Math.round(value / schema.multipleOf)) > 1e-9) return path + ': ' + value + ' is not a multiple of ' + schema.multipleOf;
    return undefined;
  }

  function checkString(value, schema, path) {
    if (typeof value !== 'string') return undefined;
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) return path + ': shorter than ' + schema.minLength + ' characters';
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) return path + ': longer than ' + schema.maxLength + ' characters';
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) return path + ': does not match the pattern ' + schema.pattern;
    return undefined;
  }

  function checkArray(value, schema, root, path) {
    if (!Array.isArray(value)) return undefined;
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) return path + ': fewer than ' + schema.minItems + ' items';
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return path + ': more than ' + schema.maxItems + ' items';
    if (schema.uniqueItems === true) {
      for (var a = 0; a < value.length; a++) {
        for (var b = a + 1; b < value.length; b++) if (deepEqual(value[a], value[b])) return path + ': items ' + a + ' and ' + b + ' are equal';
      }
    }
    for (var i = 0; i < value.length; i++) {
      var itemSchema = schema.items;
      if (Array.isArray(schema.items)) itemSchema = i < schema.items.length ? schema.items[i] : schema.additionalItems;
      var problem = checkSchema(value[i], itemSchema, root, path + '[' + i + ']');
      if (problem) return problem;
    }
    return undefined;
  }

  function checkObject(value, schema, root, path) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    var keys = Object.keys(value);
    if (Array.isArray(schema.required)) {
      for (var r = 0; r < schema.required.length; r++) {
        if (!Object.prototype.hasOwnProperty.call(value, schema.required[r])) return path + ': missing required property ' + show(schema.required[r]);
      }
    }
    if (typeof schema.minProperties === 'number' && keys.length < schema.minProperties) return path + ': fewer than ' + schema.minProperties + ' properties';
    if (typeof schema.maxProperties === 'number' && keys.length > schema.maxProperties) return path + ': more than ' + schema.maxProperties + ' properties';
    var properties = schema.properties || {};
    var patterns = schema.patternProperties || {};
    for (var k = 0; k < keys.length; k++) {
      var key = keys[k];
      var childPath = path + '.' + key;
      var matched = false;
      var problem;
      if (Object.prototype.hasOwnProperty.call(properties, key)) {
        matched = true;
        problem = checkSchema(value[key], properties[key], root, childPath);
        if (problem) return problem;
      }
      for (var pattern in patterns) {
        if (!new RegExp(pattern).test(key)) continue;
        matched = true;
        problem = checkSchema(value[key], patterns[pattern], root, childPath);
        if (problem) return problem;
      }
      if (!matched && schema.additionalProperties !== undefined) {
        if (schema.additionalProperties === false) return childPath + ': property not allowed (additionalProperties is false)';
        problem = checkSchema(value[key], schema.additionalProperties, root, childPath);
        if (problem) return problem;
      }
    }
    return undefined;
  }

  function resolvePointer(root, ref) {
    if (ref === '#') return root;
    if (ref.indexOf('#/') !== 0) return undefined;
    var current = root;
    var parts = ref.slice(2).split('/');
    for (var i = 0; i < parts.length; i++) {
      var part = decodeURIComponent(parts[i]).replace(/~1/g, '/').replace(/~0/g, '~');
      if (current === null || typeof current !== 'object' || !(part in current)) return undefined;
      current = current[part];
    }
    return current;
  }

  // --- pm.cookies ------------------------------------------------------------------------------

  // pm.cookies reads the jar for the request's URL in pre-request scripts and the response's in
  // test scripts. A pre-request script gets the URL as written, so its variables are replaced
  // first, as Postman would have done before reading the jar.
  function cookieListUrl(method) {
    if (at.phase !== 'pre') return undefined;
    var url = replaceIn(at.request.url);
    if (url.indexOf('{{') !== -1) {
      throw new Error('pm.cookies.' + method + ': the request URL ' + url + ' has a variable that is not set yet');
    }
    return url;
  }

  var cookieList = {
    get: function (name) { return at.cookies.get(name, cookieListUrl('get')); },
    has: function (name) { return at.cookies.has(name, cookieListUrl('has')); },
    toObject: function () { return at.cookies.toObject(cookieListUrl('toObject')); },
    jar: function () { return cookieJar; },
  };
  // Postman's cookie list has more methods; each fails like any other unsupported call.
  for (var c = 0; c < PM_COOKIE_LIST_METHODS.length; c++) {
    cookieList[PM_COOKIE_LIST_METHODS[c]] = unsupported('pm.cookies.' + PM_COOKIE_LIST_METHODS[c]);
  }

  var JAR_COOKIE_OPTIONS = ['path', 'domain', 'secure', 'httpOnly', 'maxAge', 'expires'];

  // Postman takes a URL object or a URL without a scheme ("example.com"), which it reads as http.
  function jarUrl(url, method) {
    var text = url !== null && typeof url === 'object' ? String(url) : url;
    if (typeof text !== 'string' || text === '') {
      throw new TypeError('pm.cookies.jar().' + method + ': the URL must be a non-empty string, got ' + show(url));
    }
    return /^[a-z][a-z0-9+.-]*:\\/\\//i.test(text) ? text : 'http://' + text;
  }

  function requireCallback(callback, method) {
    if (typeof callback !== 'function') {
      throw new TypeError('pm.cookies.jar().' + method + ': pass a callback function (error, result)');
    }
  }

  // As in Postman, invalid arguments throw and errors of the jar go to the callback. Without a
  // callback the error is logged, where Postman would drop it. The callback runs before the call
  // returns, outside the try, so an error it throws is the script's own.
  function settleCookies(method, callback, work) {
    var result;
    try {
      result = work();
    } catch (error) {
      if (typeof callback === 'function') callback(error);
      else console.warn('pm.cookies.jar().' + method + ' failed: ' + (error && error.message));
      return;
    }
    if (typeof callback === 'function') callback(null, result);
  }

  function jarCookie(cookie, target) {
    var name = cookie.name !== undefined ? cookie.name : cookie.key;
    var value = typeof cookie.value === 'number' || typeof cookie.value === 'boolean' ? String(cookie.value) : cookie.value;
    var options = { url: target };
    for (var i = 0; i < JAR_COOKIE_OPTIONS.length; i++) {
      var key = JAR_COOKIE_OPTIONS[i];
      if (cookie[key] !== undefined && cookie[key] !== null) options[key] = cookie[key];
    }
    at.cookies.set(name, value, options);
    return { name: name, value: value };
  }

  var cookieJar = {
    get: function (url, name, callback) {
      var target = jarUrl(url, 'get');
      requireCallback(callback, 'get');
      settleCookies('get', callback, function () {
        var value = at.cookies.get(name, target);
        return value === undefined ? null : value;
      });
    },
    getAll: function (url, options, callback) {
      var done = typeof options === 'function' && callback === undefined ? options : callback;
      var target = jarUrl(url, 'getAll');
      requireCallback(done, 'getAll');
      settleCookies('getAll', done, function () {
        var all = at.cookies.toObject(target);
        return Object.keys(all).map(function (key) { return { name: key, value: all[key] }; });
      });
    },
    set: function (url, name, value, callback) {
      var target = jarUrl(url, 'set');
      if (name !== null && typeof name === 'object') {
        var cookie = name;
        settleCookies('set', value, function () { return jarCookie(cookie, target); });
        return;
      }
      if (typeof value === 'function') {
        throw new TypeError('pm.cookies.jar().set: pass (url, name, value, callback) or (url, { name, value, path, domain, ... }, callback)');
      }
      settleCookies('set', callback, function () { return jarCookie({ name: name, value: value }, target); });
    },
    unset: function (url, name, callback) {
      var target = jarUrl(url, 'unset');
      settleCookies('unset', callback, function () { at.cookies.unset(name, target); });
    },
    clear: function (url, callback) {
      var target = jarUrl(url, 'clear');
      settleCookies('clear', callback, function () { at.cookies.clear(target); });
    },
  };

  // --- pm.sendRequest -------------------------------------------------------------------------

  function toAtRequest(request) {
    if (typeof request === 'string') return { url: request };
    var spec = { url: typeof request.url === 'string' ? request.url : String(request.url && request.url.raw), method: request.method || 'GET' };
    var headers = {};
    var list = headerList(request.header || request.headers);
    for (var i = 0; i < list.length; i++) headers[list[i].key] = list[i].value;
    var body = request.body;
    if (body && body.mode === 'raw') spec.body = String(body.raw);
    else if (body && body.mode === 'urlencoded') {
      spec.body = headerList(body.urlencoded).map(function (field) {
        return encodeURIComponent(field.key) + '=' + encodeURIComponent(field.value);
      }).join('&');
      if (!hasHeader(headers, 'content-type')) headers['Content-Type'] = 'application/x-www-form-urlencoded';
    } else if (body && body.mode) {
      throw new Error('pm.sendRequest: body mode "' + body.mode + '" is not supported (use raw or urlencoded)');
    }
    spec.headers = headers;
    return spec;
  }

  function hasHeader(headers, name) {
    for (var key in headers) if (key.toLowerCase() === name) return true;
    return false;
  }

  function sendRequest(request, callback) {
    var promise;
    try {
      promise = at.sendRequest(toAtRequest(request)).then(wrapResponse);
    } catch (e) {
      promise = Promise.reject(e);
    }
    if (typeof callback !== 'function') return promise;
    var done = promise.then(
      function (response) { callback(null, response); },
      function (error) { callback(error, undefined); }
    );
    pending.push(done);
    return done;
  }

  // --- the pm object --------------------------------------------------------------------------

  var pm = {
    environment: scope('pm.environment'),
    globals: scope('pm.globals'),
    collectionVariables: scope('pm.collectionVariables'),
    variables: scope('pm.variables'),
    iterationData: { get: readVariable, has: hasVariable, toObject: unsupported('pm.iterationData.toObject') },
    test: test,
    expect: expect,
    sendRequest: sendRequest,
    info: {
      iteration: at.iteration - 1,
      iterationCount: undefined,
      requestName: at.step,
      requestId: at.step,
      eventName: at.phase === 'pre' ? 'prerequest' : 'test',
    },
    execution: {
      skipRequest: at.phase === 'pre' ? function () { at.skip(); } : unsupported('pm.execution.skipRequest'),
      setNextRequest: unsupported('pm.execution.setNextRequest'),
      location: [at.flow],
    },
    cookies: cookieList,
    visualizer: unsupportedObject('pm.visualizer'),
    vault: unsupportedObject('pm.vault'),
    require: unsupported('pm.require'),
  };
  Object.defineProperty(pm, 'request', { enumerable: true, get: requestView });
  if (at.phase === 'post') {
    var response = wrapResponse(at.response);
    pm.response = response;
  }
  globalThis.pm = pm;

  // --- legacy globals -------------------------------------------------------------------------

  var readOnlyScope = new Proxy({}, {
    get: function (_target, name) { return typeof name === 'string' ? readVariable(name) : undefined; },
    has: function (_target, name) { return typeof name === 'string' && hasVariable(name); },
  });
  globalThis.environment = readOnlyScope;
  globalThis.globals = readOnlyScope;
  globalThis.data = readOnlyScope;
  globalThis.iteration = at.iteration - 1;
  globalThis.tests = legacyTests;
  globalThis.postman = {
    setEnvironmentVariable: pm.environment.set,
    getEnvironmentVariable: pm.environment.get,
    clearEnvironmentVariable: pm.environment.unset,
    setGlobalVariable: pm.globals.set,
    getGlobalVariable: pm.globals.get,
    clearGlobalVariable: pm.globals.unset,
    getResponseHeader: function (name) { return response === undefined ? undefined : response.headers.get(name); },
    setNextRequest: unsupported('postman.setNextRequest'),
    clearEnvironmentVariables: unsupported('postman.clearEnvironmentVariables'),
    clearGlobalVariables: unsupported('postman.clearGlobalVariables'),
  };
  if (at.phase === 'post') {
    globalThis.responseBody = response.text();
    globalThis.responseCode = { code: response.code, name: response.status, detail: response.status };
    globalThis.responseTime = response.responseTime;
    globalThis.responseHeaders = response.headers.toObject();
  }
  Object.defineProperty(globalThis, 'request', {
    configurable: true,
    get: function () {
      var view = requestView();
      return { url: view.url.toString(), method: view.method, headers: view.headers.toObject(), data: view.body === undefined ? {} : view.body.raw, name: at.step };
    },
  });
  globalThis.atob = function (text) { return at.crypto.base64.decode(text); };
  globalThis.btoa = function (text) { return at.crypto.base64.encode(text); };
  globalThis.require = unsupported('require');
  globalThis.CryptoJS = unsupportedObject('CryptoJS');
  globalThis.cheerio = unsupported('cheerio');
  globalThis.xml2Json = unsupported('xml2Json');
  var tv4 = {
    error: null,
    validate: function (data, schema) {
      var problem = validateSchema(data, schema);
      tv4.error = problem === undefined ? null : { message: problem };
      return problem === undefined;
    },
  };
  tv4.validateResult = function (data, schema) {
    var valid = tv4.validate(data, schema);
    return { valid: valid, error: tv4.error, missing: [] };
  };
  globalThis.tv4 = tv4;
  globalThis._ = unsupportedObject('_');
  globalThis.setTimeout = unsupported('setTimeout');

  // --- completion -----------------------------------------------------------------------------

  function waitForCallbacks() {
    if (pending.length === 0) return Promise.resolve();
    var batch = pending.splice(0);
    return Promise.all(batch).then(waitForCallbacks);
  }

  function recordLegacyTests() {
    Object.keys(legacyTests).forEach(function (name) {
      var passed = !!legacyTests[name];
      at.test(name, function () {
        if (!passed) throw assertionError('tests[' + toJson(name) + '] is ' + show(legacyTests[name]), legacyTests[name], true, true);
      });
    });
  }

  function keepRequest() {
    if (at.phase === 'pre' && at.request !== undefined) at.variables.set('${PM_REQUEST_VARIABLE}', at.request);
  }

  return {
    drain: function (main) {
      return Promise.resolve(main).then(function () {
        return waitForCallbacks().then(function () {
          recordLegacyTests();
          keepRequest();
        });
      });
    },
  };
})(globalThis.at)`;
//# sourceMappingURL=pm.js.map
;// CONCATENATED MODULE: ./lib/script/positions.js
/** File name given to QuickJS for user code, so its frames can be told from the bootstrap's. */
const USER_FILE = 'flow-runner:script';
/** Lines the wrapper adds before the user's first line. */
const PREFIX_LINES = 1;
/**
 * Wraps the source in an async function so scripts may use top-level await; an `if` script is an
 * expression whose value the function returns. The user's code always starts at line 2, column 1.
 */
function wrapSource(script, phase) {
    if (phase === 'if')
        return `(async function () { return (\n${script.source}\n); })()`;
    return `(async function () {\n${script.source}\n})()`;
}
const FRAME = new RegExp(`${escapeRegExp(USER_FILE)}:(\\d+):(\\d+)`);
/** Builds a ScriptError whose position points into the flow file, from a QuickJS stack. */
function mapScriptError(script, name, message, stack) {
    const error = { name, message };
    const match = FRAME.exec(stack);
    if (match === null)
        return error;
    const lines = script.source.split('\n');
    let userLine = Number(match[1]) - PREFIX_LINES;
    let column = Number(match[2]);
    if (userLine < 1)
        return error;
    if (userLine > lines.length) {
        // A syntax error at the end of the input is reported on the wrapper's closing line: point
        // just past the last line of the user's code instead.
        userLine = lines.length;
        column = (lines[userLine - 1] ?? '').replace(/\r$/, '').length + 1;
    }
    // Inline scripts are YAML block scalars: every line carries the first line's indentation in
    // the file, so the column offset applies to each line; a script file starts at column 1.
    const columnOffset = script.loc.column - 1;
    error.loc = {
        file: script.loc.file,
        line: script.loc.line + userLine - 1,
        column: userLine === 1 || script.kind === 'inline' ? column + columnOffset : column,
    };
    error.sourceLine = lines[userLine - 1]?.replace(/\r$/, '');
    return error;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
//# sourceMappingURL=positions.js.map
;// CONCATENATED MODULE: ./lib/script/sandbox.js
/**
 * Runs scripts in QuickJS: warm sandboxes (a runtime and a context with the `at` bootstrap) that
 * serve one script after another, the string-only host bridge, limits, the promise loop and error
 * mapping. Used by the worker; never by the run.
 */







// Plain Node ESM hands over `{ default: variant }` and bundlers the variant itself; the loader
// accepts both, so the cast only quiets the type checker.
const variant = dist;
/**
 * Deeper QuickJS stacks overflow the V8 stack of the worker first, and QuickJS then aborts on
 * dispose; 256 KiB fails cleanly inside QuickJS (measured with quickjs-emscripten 0.32.0).
 */
const MAX_STACK_BYTES = 256 * 1024;
/** Console output kept per script, so a logging loop cannot exhaust the worker's memory. */
const MAX_CONSOLE_ENTRIES = 1000;
const MAX_CONSOLE_CHARS = 10_000;
let modulePromise;
/** Loads the QuickJS module once per worker; a failed dispose drops it so the next load is clean. */
function loadModule() {
    modulePromise ??= newQuickJSWASMModuleFromVariant(variant);
    return modulePromise;
}
/**
 * Warm sandboxes waiting for a script. Scripts of one worker interleave only while one awaits the
 * host, so the pool contains about as many sandboxes as the run has scripts in flight at once.
 * A warm sandbox took about 850 KiB of memory here.
 */
const idle = [];
const MAX_IDLE_SANDBOXES = 8;
/**
 * Scripts one sandbox serves before it is replaced, so that what the language keeps for the life
 * of a context (atoms, the Symbol.for registry) cannot grow over a long run.
 */
const SCRIPTS_PER_SANDBOX = 1000;
/** Runs `script` to completion in a warm sandbox and returns its outcome. */
async function runInSandbox(script, limits, bridge) {
    const started = performance.now();
    const module = await loadModule();
    const sandbox = takeSandbox(module);
    const execution = new Execution(sandbox, script, limits, bridge);
    let outcome;
    let reusable = false;
    try {
        outcome = await execution.run();
        reusable = execution.reusable;
    }
    catch (error) {
        // The host itself failed: typically V8's own stack overflowed while QuickJS recursed.
        const reason = error instanceof RangeError
            ? stackOverflow(limits)
            : { name: 'InternalError', message: `script sandbox failed: ${String(error)}` };
        outcome = { ok: false, error: reason, skipped: execution.skipped, durationMs: 0 };
        dropModule();
    }
    finally {
        execution.disposeHandles();
        sandbox.release();
    }
    const keep = reusable &&
        sandbox.module === modulePromise &&
        sandbox.served < SCRIPTS_PER_SANDBOX &&
        idle.length < MAX_IDLE_SANDBOXES;
    if (keep) {
        idle.push(sandbox);
    }
    else {
        sandbox.dispose();
        // Build the replacement between scripts, so no script's deadline pays for it.
        setImmediate(() => void prepareSandbox().catch(() => undefined));
    }
    outcome.durationMs = performance.now() - started;
    return outcome;
}
/**
 * Builds a sandbox ahead of the next script when none is waiting. The worker calls it before it
 * reports ready, because the first bootstrap in a cold module took 150 to 300 ms here.
 */
async function prepareSandbox() {
    const module = modulePromise;
    if (module === undefined || idle.length > 0)
        return;
    const quickjs = await module;
    if (module !== modulePromise || idle.length > 0)
        return;
    const sandbox = new Sandbox(quickjs, module);
    if (sandbox.warm())
        idle.push(sandbox);
    else
        sandbox.dispose();
}
function takeSandbox(module) {
    for (let sandbox = idle.pop(); sandbox !== undefined; sandbox = idle.pop()) {
        if (sandbox.module === modulePromise)
            return sandbox;
        sandbox.dispose();
    }
    return new Sandbox(module, modulePromise);
}
/** Forgets the module instance after a wasm abort; sandboxes built on it are dropped as they come back. */
function dropModule() {
    modulePromise = undefined;
    for (const sandbox of idle.splice(0))
        sandbox.dispose();
}
/**
 * A runtime and a context that have evaluated the bootstrap: its built-ins are frozen and the
 * bridge passes calls to whichever Execution is open. Every sandbox has its own runtime, so a
 * script's deadline and memory limit belong to it alone.
 */
class Sandbox {
    runtime;
    context;
    /** The worker's module promise when the sandbox was built, to tell a stale instance. */
    module;
    served = 0;
    execution;
    hooks;
    limits;
    disposed = false;
    constructor(quickjs, module) {
        this.module = module;
        this.runtime = quickjs.newRuntime();
        this.runtime.setInterruptHandler(() => this.execution?.deadline.expired() ?? false);
        this.context = this.runtime.newContext();
    }
    /** Opens the sandbox to `execution`: applies its limits and builds its `at` and hooks. */
    open(execution) {
        this.execution = execution;
        this.served++;
        const limits = execution.limits;
        if (this.limits?.memoryBytes !== limits.memoryBytes) {
            this.runtime.setMemoryLimit(limits.memoryBytes);
        }
        if (this.limits?.stackBytes !== limits.stackBytes) {
            this.runtime.setMaxStackSize(Math.min(limits.stackBytes, MAX_STACK_BYTES));
        }
        this.limits = limits;
        // A sandbox that was not prepared ahead evaluates the bootstrap under this script's limits.
        if (this.hooks === undefined) {
            const built = this.bootstrap();
            if ('error' in built)
                return built;
            this.hooks = built;
        }
        const opened = this.context.callFunction(this.hooks.open, this.context.undefined);
        return opened.error ? { error: opened.error } : { hooks: opened.value };
    }
    /** Evaluates the bootstrap before any script opens the sandbox; false when it failed. */
    warm() {
        const built = this.bootstrap();
        if ('error' in built) {
            built.error.dispose();
            return false;
        }
        this.hooks = built;
        return true;
    }
    /** Ends the open script; false when the context must not serve another one. */
    close() {
        if (this.hooks === undefined)
            return false;
        const closed = this.context.callFunction(this.hooks.close, this.context.undefined);
        if (closed.error) {
            closed.error.dispose();
            return false;
        }
        const clean = this.context.dump(closed.value) === true;
        closed.value.dispose();
        return clean && !this.runtime.hasPendingJob();
    }
    release() {
        this.execution = undefined;
    }
    dispose() {
        if (this.disposed)
            return;
        this.disposed = true;
        try {
            this.hooks?.open.dispose();
            this.hooks?.close.dispose();
            this.context.dispose();
            this.runtime.dispose();
        }
        catch {
            // A wasm abort here poisons the module instance; the next script loads a fresh one.
            dropModule();
        }
    }
    bootstrap() {
        const context = this.context;
        const host = context.newObject();
        const define = (name, fn) => {
            const handle = context.newFunction(name, (...args) => {
                const execution = this.execution;
                if (execution === undefined)
                    throw new Error('no script is open in this sandbox');
                const text = fn(execution, ...args.map((arg) => context.getString(arg)));
                return context.newString(text);
            });
            context.setProp(host, name, handle);
            handle.dispose();
        };
        define('data', (execution) => JSON.stringify(execution.bridge.host));
        define('call', (execution, method, args) => JSON.stringify(execution.bridge.callSync(method, JSON.parse(args ?? '[]'))));
        define('start', (execution, method, args) => String(execution.startCall(method, args ?? '[]')));
        define('crypto', (_execution, op, args) => JSON.stringify(computeCrypto(op ?? '', JSON.parse(args ?? '[]'))));
        define('log', (execution, level, message) => {
            execution.log(level, message ?? '');
            return '';
        });
        define('record', (execution, record) => {
            execution.bridge.record(JSON.parse(record ?? '{}'));
            return '';
        });
        define('skip', (execution) => {
            execution.skipped = true;
            return '';
        });
        // The bootstrap reads this while the sandbox is built, before any script opens it.
        const source = context.newFunction('source', () => context.newString(EXPECT_SOURCE));
        context.setProp(host, 'source', source);
        source.dispose();
        const factory = context.evalCode(BOOTSTRAP_SOURCE, BOOTSTRAP_FILE);
        if (factory.error) {
            host.dispose();
            return { error: factory.error };
        }
        const result = context.callFunction(factory.value, context.undefined, host);
        factory.value.dispose();
        host.dispose();
        if (result.error)
            return { error: result.error };
        const hooks = {
            open: context.getProp(result.value, 'open'),
            close: context.getProp(result.value, 'close'),
        };
        result.value.dispose();
        return hooks;
    }
}
/**
 * The script's time budget. It runs down only while the interpreter works: waiting on
 * at.sendRequest or at.export stops it, because those calls have their own timeouts.
 */
class Deadline {
    endsAt;
    remaining = 0;
    constructor(budgetMs) {
        this.endsAt = Date.now() + budgetMs;
    }
    expired() {
        return Date.now() > this.endsAt;
    }
    pause() {
        this.remaining = Math.max(0, this.endsAt - Date.now());
        this.endsAt = Number.POSITIVE_INFINITY;
    }
    resume() {
        this.endsAt = Date.now() + this.remaining;
    }
}
/** One script's run in a sandbox: its hooks, its deadline and its pending host calls. */
class Execution {
    sandbox;
    script;
    limits;
    bridge;
    skipped = false;
    /** Whether the sandbox may serve another script after this one. */
    reusable = false;
    deadline;
    context;
    runtime;
    handles = [];
    replies = [];
    inFlight = 0;
    nextCall = 1;
    wake;
    consoleEntries = 0;
    /** Set when the interpreter stopped the script: its context may be left in any state. */
    stopped = false;
    constructor(sandbox, script, limits, bridge) {
        this.sandbox = sandbox;
        this.script = script;
        this.limits = limits;
        this.bridge = bridge;
        this.context = sandbox.context;
        this.runtime = sandbox.runtime;
        this.deadline = new Deadline(limits.timeout);
    }
    async run() {
        const outcome = await this.execute();
        this.reusable = !this.stopped && this.sandbox.close();
        return outcome;
    }
    disposeHandles() {
        for (const handle of this.handles.splice(0)) {
            if (handle.alive)
                handle.dispose();
        }
    }
    async execute() {
        const hooks = this.openScript();
        if ('error' in hooks)
            return this.failed(hooks.error);
        // NOTE: the wrapped code is a global script, so source that closes the wrapper's function
        // early can declare top-level `let` or `const` bindings, which close() cannot see or remove.
        const evaluated = this.context.evalCode(wrapSource(this.script, this.bridge.host.phase), USER_FILE);
        if (evaluated.error)
            return this.failed(this.takeError(evaluated.error));
        let main = this.keep(evaluated.value);
        if (hooks.drain) {
            const drained = this.context.callFunction(hooks.drain, this.context.undefined, main);
            if (drained.error)
                return this.failed(this.takeError(drained.error));
            main = this.keep(drained.value);
        }
        const finished = this.context.callFunction(hooks.finish, this.context.undefined, main);
        if (finished.error)
            return this.failed(this.takeError(finished.error));
        const done = this.keep(finished.value);
        for (;;) {
            const jobs = this.runtime.executePendingJobs();
            if (jobs.error) {
                this.stopped = true;
                return this.failed(this.takeError(jobs.error));
            }
            const state = this.context.getPromiseState(done);
            if (state.type === 'rejected')
                return this.failed(this.takeError(state.error));
            if (state.type === 'fulfilled') {
                const value = this.context.getString(state.value);
                state.value.dispose();
                return this.succeeded(hooks.request, value);
            }
            const reply = await this.nextReply();
            if (reply === undefined) {
                return this.failed({
                    name: 'Error',
                    message: 'script is awaiting a promise that never settles (only at.sendRequest, at.export and at.test promises are resolved by the host)',
                });
            }
            this.settle(hooks.settle, reply);
        }
    }
    keep(handle) {
        this.handles.push(handle);
        return handle;
    }
    /** Opens the sandbox to this script, which builds its `at`, and adds `pm` for Postman scripts. */
    openScript() {
        const opened = this.sandbox.open(this);
        if ('error' in opened) {
            // Only a limit can stop the bootstrap; the context is then in no state to reuse.
            this.stopped = true;
            return { error: this.takeError(opened.error) };
        }
        const hooks = this.keep(opened.hooks);
        const installed = {
            settle: this.keep(this.context.getProp(hooks, 'settle')),
            finish: this.keep(this.context.getProp(hooks, 'finish')),
            request: this.keep(this.context.getProp(hooks, 'request')),
        };
        if (this.script.dialect !== 'postman')
            return installed;
        // Scripts imported from Postman also get `pm` and the legacy globals, built on `at`.
        const pm = this.context.evalCode(PM_SOURCE, PM_FILE);
        if (pm.error)
            return { error: this.takeError(pm.error) };
        const pmHooks = this.keep(pm.value);
        return { ...installed, drain: this.keep(this.context.getProp(pmHooks, 'drain')) };
    }
    /** Starts an asynchronous host call for the script; the reply settles its promise later. */
    startCall(method, args) {
        const call = this.nextCall++;
        this.inFlight++;
        const deliver = (reply) => {
            this.replies.push({ call, reply });
            this.wake?.();
        };
        this.bridge
            .callAsync(method, JSON.parse(args))
            .then(deliver, (error) => deliver({ ok: false, error: { name: 'Error', message: String(error) } }));
        return call;
    }
    /** Waits for the next host reply with the deadline paused; undefined when none can come. */
    async nextReply() {
        if (this.replies.length === 0) {
            if (this.inFlight === 0)
                return undefined;
            this.deadline.pause();
            this.bridge.waiting(true);
            await new Promise((resolve) => {
                this.wake = resolve;
            });
            this.wake = undefined;
            this.bridge.waiting(false);
            this.deadline.resume();
        }
        this.inFlight--;
        return this.replies.shift();
    }
    settle(settle, { call, reply }) {
        const id = this.context.newString(String(call));
        const envelope = this.context.newString(JSON.stringify(reply));
        const result = this.context.callFunction(settle, this.context.undefined, id, envelope);
        id.dispose();
        envelope.dispose();
        if (result.error)
            result.error.dispose();
        else
            result.value.dispose();
    }
    /** Records a console line, up to the per-script limits. */
    log(level, message) {
        this.consoleEntries++;
        if (this.consoleEntries > MAX_CONSOLE_ENTRIES) {
            if (this.consoleEntries === MAX_CONSOLE_ENTRIES + 1) {
                this.bridge.log({
                    level: 'warn',
                    message: `console output truncated after ${MAX_CONSOLE_ENTRIES} entries`,
                });
            }
            return;
        }
        const text = message.length > MAX_CONSOLE_CHARS
            ? `${message.slice(0, MAX_CONSOLE_CHARS)}... (${message.length - MAX_CONSOLE_CHARS} more characters)`
            : message;
        this.bridge.log({ level, message: text });
    }
    succeeded(requestHook, value) {
        const outcome = { ok: true, skipped: this.skipped, durationMs: 0 };
        if (this.bridge.host.phase === 'if')
            outcome.value = value === 'true';
        if (this.bridge.host.phase === 'pre') {
            const request = this.readRequest(requestHook);
            if (request !== undefined && 'name' in request)
                return this.failed(request);
            if (request !== undefined)
                outcome.request = request;
        }
        return outcome;
    }
    /** Reads back at.request and checks that the script left it well-formed. */
    readRequest(requestHook) {
        const result = this.context.callFunction(requestHook, this.context.undefined);
        if (result.error)
            return this.takeError(result.error);
        const text = this.context.getString(result.value);
        result.value.dispose();
        if (text === '')
            return undefined;
        return validateRequest(JSON.parse(text));
    }
    failed(error) {
        return { ok: false, error, skipped: this.skipped, durationMs: 0 };
    }
    /** Dumps an exception (name and message only: stacks can be huge) and maps its position. */
    takeError(handle) {
        let dumped;
        try {
            dumped = this.context.dump(handle);
        }
        finally {
            handle.dispose();
        }
        const raw = dumped !== null && typeof dumped === 'object'
            ? dumped
            : { name: 'Error', message: String(dumped) };
        const name = typeof raw.name === 'string' ? raw.name : 'Error';
        const message = typeof raw.message === 'string' ? raw.message : String(raw.message);
        const stack = typeof raw.stack === 'string' ? raw.stack : '';
        if (name === 'InternalError')
            this.stopped = true;
        if (name === 'InternalError' && message === 'interrupted') {
            return {
                name: 'TimeoutError',
                message: `script exceeded its ${this.limits.timeout} ms deadline and was stopped`,
            };
        }
        if (name === 'InternalError' && message === 'out of memory') {
            return {
                name: 'MemoryError',
                message: `script exceeded its memory limit of ${formatBytes(this.limits.memoryBytes)}`,
            };
        }
        if (name === 'InternalError' && message === 'stack overflow')
            return stackOverflow(this.limits);
        return mapScriptError(this.script, name, message, stack);
    }
}
function validateRequest(value) {
    const invalid = (message) => ({ name: 'TypeError', message });
    if (typeof value.method !== 'string' || value.method === '')
        return invalid('at.request.method must be a non-empty string');
    if (typeof value.url !== 'string' || value.url === '')
        return invalid('at.request.url must be a non-empty string');
    if (value.body !== undefined && value.body !== null && typeof value.body !== 'string') {
        return invalid('at.request.body must be a string (use JSON.stringify for objects)');
    }
    const headers = {};
    const source = value.headers;
    if (source !== null && typeof source === 'object' && !Array.isArray(source)) {
        for (const [name, header] of Object.entries(source)) {
            if (header === undefined || header === null)
                continue;
            headers[name] = typeof header === 'string' ? header : String(header);
        }
    }
    else {
        return invalid('at.request.headers must be an object of header names to values');
    }
    const request = { method: value.method, url: value.url, headers };
    if (typeof value.body === 'string')
        request.body = value.body;
    return request;
}
function stackOverflow(limits) {
    const bytes = Math.min(limits.stackBytes, MAX_STACK_BYTES);
    return {
        name: 'RangeError',
        message: `script exceeded its stack limit of ${formatBytes(bytes)} (recursion too deep)`,
    };
}
function formatBytes(bytes) {
    if (bytes % (1024 * 1024) === 0)
        return `${bytes / (1024 * 1024)} MiB`;
    if (bytes % 1024 === 0)
        return `${bytes / 1024} KiB`;
    return `${bytes} bytes`;
}
//# sourceMappingURL=sandbox.js.map

/***/ }),

/***/ 397:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(919);
/* harmony import */ var _sandbox_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(591);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(719);
/**
 * Entry of the script worker thread. It runs scripts in warm QuickJS sandboxes and talks to the
 * runner in the main thread. Synchronous host calls (variables, secrets) block on a shared
 * signal until the reply arrives on the sync port, and asynchronous ones arrive as messages.
 */



const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
if (port === null)
    throw new Error('the script worker must run in a worker thread');
const { syncPort, signal: signalBuffer } = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
const signal = new Int32Array(signalBuffer);
const replies = new Map();
let nextCall = 1;
function post(message) {
    port.postMessage(message);
}
function callSync(job, method, args) {
    Atomics.store(signal, _protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .SYNC_SIGNAL_INDEX */ .Y, 0);
    post({ type: 'sync', job, method, args });
    for (;;) {
        Atomics.wait(signal, _protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .SYNC_SIGNAL_INDEX */ .Y, 0, 1000);
        const received = (0,node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.receiveMessageOnPort)(syncPort);
        if (received !== undefined)
            return received.message;
    }
}
function callAsync(job, method, args) {
    const call = nextCall++;
    return new Promise((resolve) => {
        replies.set(call, resolve);
        post({ type: 'async', job, call, method, args });
    });
}
async function run(message) {
    const { job } = message;
    const bridge = {
        host: message.host,
        callSync: (method, args) => callSync(job, method, args),
        callAsync: (method, args) => callAsync(job, method, args),
        log: (entry) => post({ type: 'console', job, entry }),
        record: (record) => post({ type: 'test', job, record }),
        waiting: (paused) => post({ type: paused ? 'pause' : 'resume', job }),
    };
    post({ type: 'started', job });
    try {
        const outcome = await (0,_sandbox_js__WEBPACK_IMPORTED_MODULE_1__/* .runInSandbox */ .WA)(message.script, message.limits, bridge);
        post({ type: 'done', job, outcome });
    }
    catch (error) {
        // Loading QuickJS failed; the runner reports it as the step's failure.
        const reason = { name: 'InternalError', message: `script sandbox failed: ${String(error)}` };
        post({
            type: 'done',
            job,
            outcome: { ok: false, error: reason, skipped: false, durationMs: 0 },
        });
    }
}
port.on('message', (message) => {
    if (message.type === 'run') {
        void run(message);
        return;
    }
    const resolve = replies.get(message.call);
    replies.delete(message.call);
    resolve?.(message.ok ? { ok: true, value: message.value } : { ok: false, error: message.error });
});
await (0,_sandbox_js__WEBPACK_IMPORTED_MODULE_1__/* .loadModule */ .Vw)();
await (0,_sandbox_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareSandbox */ .D_)();
post({ type: 'ready' });
//# sourceMappingURL=worker.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 153:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WB: () => (/* binding */ EvalFlags),
/* harmony export */   es: () => (/* binding */ IsEqualOp),
/* harmony export */   h1: () => (/* binding */ GetOwnPropertyNamesFlags),
/* harmony export */   qG: () => (/* binding */ IntrinsicsFlags),
/* harmony export */   zd: () => (/* binding */ JSPromiseStateEnum)
/* harmony export */ });
/* unused harmony export assertSync */
function assertSync(fn){return function(...args){let result=fn(...args);if(result&&typeof result=="object"&&result instanceof Promise)throw new Error("Function unexpectedly returned a Promise");return result}}var EvalFlags={JS_EVAL_TYPE_GLOBAL:0,JS_EVAL_TYPE_MODULE:1,JS_EVAL_TYPE_DIRECT:2,JS_EVAL_TYPE_INDIRECT:3,JS_EVAL_TYPE_MASK:3,JS_EVAL_FLAG_STRICT:8,JS_EVAL_FLAG_STRIP:16,JS_EVAL_FLAG_COMPILE_ONLY:32,JS_EVAL_FLAG_BACKTRACE_BARRIER:64},IntrinsicsFlags={BaseObjects:1,Date:2,Eval:4,StringNormalize:8,RegExp:16,RegExpCompiler:32,JSON:64,Proxy:128,MapSet:256,TypedArrays:512,Promise:1024,BigInt:2048,BigFloat:4096,BigDecimal:8192,OperatorOverloading:16384,BignumExt:32768},JSPromiseStateEnum={Pending:0,Fulfilled:1,Rejected:2},GetOwnPropertyNamesFlags={JS_GPN_STRING_MASK:1,JS_GPN_SYMBOL_MASK:2,JS_GPN_PRIVATE_MASK:4,JS_GPN_ENUM_ONLY:16,JS_GPN_SET_ENUM:32,QTS_GPN_NUMBER_MASK:64,QTS_STANDARD_COMPLIANT_NUMBER:128},IsEqualOp={IsStrictlyEqual:0,IsSameValue:1,IsSameValueZero:2};
//# sourceMappingURL=index.mjs.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(397);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
